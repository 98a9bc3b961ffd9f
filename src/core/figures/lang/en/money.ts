/** Currency names English writes that neither ISO nor other languages do. */
export const EN_CURRENCY_NAMES: Record<string, string> = {
  // British prices in pence: "27.03p per kilowatt hour".
  p: 'pence',
};

/** Coins and slang counted as money: "ten dimes" is a dollar, "10 grand" is 10,000. */
export const EN_COINS: Record<string, { value: number; unit: string }> = {
  grand: { value: 1000, unit: 'USD' }, nickel: { value: 0.05, unit: 'USD' }, nickels: { value: 0.05, unit: 'USD' },
  dime: { value: 0.1, unit: 'USD' }, dimes: { value: 0.1, unit: 'USD' },
};
