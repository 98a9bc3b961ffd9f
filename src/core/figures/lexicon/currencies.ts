import { data as isoCurrencies } from 'currency-codes';

/**
 * Currencies by code, symbol and name. The ISO 4217 codes and their official English names come
 * from the `currency-codes` package (kept in step with the ISO list); what ISO does not list, the
 * everyday names and symbols a reporter writes ("shekels", "riyals", "₹", "Rs"), is added here.
 */

/** Codes that are no currency a figure is written in: metals, bond units, test codes. */
const NOT_MONEY = /^X(AG|AU|PD|PT|TS|XX|B[A-D]|SU|UA|DR)$|^(USN|UYI|UYW|BOV|CHE|CHW|CLF|COU|MXV)$/;

export const ISO_CODES: ReadonlySet<string> = new Set(isoCurrencies.map((c) => c.code).filter((code) => !NOT_MONEY.test(code)));

/**
 * Codes also read in lower case ("usd 20", "rmb 10"). Every other code must be written in capitals,
 * because many are English words as well ("ALL", "TOP", "CUP", "PEN", "MAD", "TRY").
 */
export const COMMON_CODES: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'RMB', 'INR', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'RUB', 'UAH', 'BTC']);

/** Symbols written before or after the number. `$` is the US dollar unless a prefix says otherwise. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR', '$': 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₩': 'KRW', '₪': 'ILS', '₦': 'NGN',
  '₱': 'PHP', '₫': 'VND', '₴': 'UAH', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₸': 'KZT', '₮': 'MNT', '฿': 'THB', '₿': 'BTC',
  '元': 'CNY', '¢': 'cent', 'ரூ': 'LKR',
};

/** Names and abbreviations that ISO does not list, lower case. */
const EVERYDAY_NAMES: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', 'us-dollar': 'USD', buck: 'USD', bucks: 'USD',
  pound: 'GBP', pounds: 'GBP', 'british pound': 'GBP', 'british pounds': 'GBP', 'pfund sterling': 'GBP', pence: 'pence', penny: 'pence', pennies: 'pence',
  franc: 'CHF', francs: 'CHF', 'swiss francs': 'CHF', franken: 'CHF', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
  'chinese yuan': 'CNY', kuai: 'CNY', rupee: 'INR', rupees: 'INR', rupie: 'INR', rupien: 'INR', 'indische rupien': 'INR', rs: 'INR',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rubel: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', griwna: 'UAH',
  zloty: 'PLN', zlotys: 'PLN', złoty: 'PLN', krona: 'SEK', kronor: 'SEK', krone: 'DKK', kroner: 'DKK', kronen: 'SEK',
  peso: 'MXN', pesos: 'MXN', shekel: 'ILS', shekels: 'ILS', sheqel: 'ILS', sheqels: 'ILS', ringgit: 'MYR', ringgits: 'MYR',
  'malaysia ringgit': 'MYR', 'malaysia ringgits': 'MYR', rm: 'MYR', riyal: 'SAR', riyals: 'SAR', saudiriyal: 'SAR',
  'qatari riyal': 'QAR', 'qatari riyals': 'QAR', tugrik: 'MNT', tugriks: 'MNT', 'egyptian pounds': 'EGP', egyptianpound: 'EGP',
  'lebanese pounds': 'LBP', dinar: 'DINAR', dinars: 'DINAR', rial: 'RIAL', rials: 'RIAL', lira: 'TRY', 'turkish lira': 'TRY',
  bitcoin: 'BTC', bitcoins: 'BTC', btc: 'BTC', satoshi: 'SAT', satoshis: 'SAT', 'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'kanadische dollar': 'CAD',
  'kanadischen dollar': 'CAD', riel: 'KHR', 'kambodschanische riel': 'KHR', 'finnish markka': 'FIM', markka: 'FIM',
  'finnische mark': 'FIM', peseta: 'ESP', pesetas: 'ESP', 'dutch guilders': 'NLG', guilders: 'NLG', gulden: 'NLG',
  'deutsche mark': 'DEM', 'd-mark': 'DEM', cent: 'cent', cents: 'cent', sen: 'cent', sens: 'cent', kopiyka: 'cent', kopiykas: 'cent',
};

/** Every name a currency is written with after its number (or before: "dollar 22.5 million"), lower case. */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const { code, currency } of isoCurrencies) {
    if (!ISO_CODES.has(code)) continue;
    const name = currency.replace(/\s*\(.*\)\s*/g, '').trim().toLowerCase();
    names.set(name, code);
    names.set(name.endsWith('s') ? name : `${name}s`, code);
  }
  for (const [name, code] of Object.entries(EVERYDAY_NAMES)) names.set(name, code);
  // ISO names that are everyday English words after a number ("two won", "three sol").
  for (const word of ['won', 'wons', 'sol', 'sols', 'rand', 'rands', 'dong', 'dongs', 'som', 'soms']) names.delete(word);
  return names;
})();

/** Subunits, as a fraction of their main unit: "3 dollars 50 cents", "zwei Euro fünfzig". */
export const SUBUNIT_NAMES: ReadonlySet<string> = new Set(['cent', 'cents', 'c', '¢', 'pence', 'p', 'penny', 'sen', 'sens', 'kopiyka', 'kopiykas', 'mao']);

/** Coins and slang counted as money: "ten dimes" is a dollar, "10 grand" is 10,000. */
export const COINS: Record<string, { value: number; unit: string }> = {
  grand: { value: 1000, unit: 'USD' }, nickel: { value: 0.05, unit: 'USD' }, nickels: { value: 0.05, unit: 'USD' },
  dime: { value: 0.1, unit: 'USD' }, dimes: { value: 0.1, unit: 'USD' },
};
