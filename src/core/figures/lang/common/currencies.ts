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

/** Names and abbreviations that ISO does not list, lower case, written alike in many languages. */
const EVERYDAY_NAMES: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', buck: 'USD', bucks: 'USD',
  pound: 'GBP', pounds: 'GBP', 'british pound': 'GBP', 'british pounds': 'GBP', pence: 'pence', penny: 'pence', pennies: 'pence',
  franc: 'CHF', francs: 'CHF', 'swiss francs': 'CHF', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
  'chinese yuan': 'CNY', kuai: 'CNY', rupee: 'INR', rupees: 'INR', rs: 'INR',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH',
  zloty: 'PLN', zlotys: 'PLN', złoty: 'PLN', krona: 'SEK', kronor: 'SEK', krone: 'DKK', kroner: 'DKK',
  peso: 'MXN', pesos: 'MXN', shekel: 'ILS', shekels: 'ILS', sheqel: 'ILS', sheqels: 'ILS', ringgit: 'MYR', ringgits: 'MYR',
  'malaysia ringgit': 'MYR', 'malaysia ringgits': 'MYR', rm: 'MYR', riyal: 'SAR', riyals: 'SAR', saudiriyal: 'SAR',
  'qatari riyal': 'QAR', 'qatari riyals': 'QAR', tugrik: 'MNT', tugriks: 'MNT', 'egyptian pounds': 'EGP', egyptianpound: 'EGP',
  'lebanese pounds': 'LBP', dinar: 'DINAR', dinars: 'DINAR', rial: 'RIAL', rials: 'RIAL', lira: 'TRY', 'turkish lira': 'TRY',
  bitcoin: 'BTC', bitcoins: 'BTC', btc: 'BTC', satoshi: 'SAT', satoshis: 'SAT', 'australian dollars': 'AUD', 'canadian dollars': 'CAD',
  riel: 'KHR', 'finnish markka': 'FIM', markka: 'FIM', peseta: 'ESP', pesetas: 'ESP', 'dutch guilders': 'NLG', guilders: 'NLG',
  cent: 'cent', cents: 'cent', sen: 'cent', sens: 'cent', kopiyka: 'cent', kopiykas: 'cent', pesewa: 'cent', pesewas: 'cent',
  cedi: 'GHS', cedis: 'GHS',
};

/**
 * Every name a currency is written with after its number (or before: "dollar 22.5 million"),
 * lower case: the ISO names, the everyday ones, and a language's own (`own`).
 */
export function currencyNamesWith(own: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const { code, currency } of isoCurrencies) {
    if (!ISO_CODES.has(code)) continue;
    const name = currency.replace(/\s*\(.*\)\s*/g, '').trim().toLowerCase();
    names.set(name, code);
    names.set(name.endsWith('s') ? name : `${name}s`, code);
  }
  for (const [name, code] of Object.entries(EVERYDAY_NAMES)) names.set(name, code);
  for (const [name, code] of Object.entries(own)) names.set(name, code);
  // ISO names that are everyday English words after a number ("two won", "three sol").
  for (const word of ['won', 'wons', 'sol', 'sols', 'rand', 'rands', 'dong', 'dongs', 'som', 'soms']) names.delete(word);
  return names;
}

/** Subunits, as a fraction of their main unit: "3 dollars 50 cents", "zwei Euro fünfzig". */
export const SUBUNIT_NAMES: ReadonlySet<string> = new Set(['cent', 'cents', 'c', '¢', 'pence', 'p', 'penny', 'sen', 'sens', 'kopiyka', 'kopiykas', 'pesewa', 'pesewas', 'mao', 'centime', 'centimes']);

/** Letters before a dollar sign that name its dollar ("US$", "C $", "HK$"), a space allowed between. */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', cad: 'CAD', hk: 'HKD', au: 'AUD', aud: 'AUD',
  nz: 'NZD', nzd: 'NZD', mxn: 'MXN', mex: 'MXN',
};
/** Letters that name a dollar only glued to its sign ("A$", "R$", "S$"): "a $5 bill" is US dollars. */
export const GLUED_DOLLAR_PREFIXES: Record<string, string> = { a: 'AUD', r: 'BRL', s: 'SGD' };

/**
 * Names that may also stand before the number. Most names are other words there: "the dollar 1.2
 * percent higher", "Sen. 5" (a senator), "won 3 games".
 */
export const NAMES_BEFORE: ReadonlySet<string> = new Set(['rs', 'rs.', 'rm', 'ringgit', 'ringgits', 'malaysia ringgit', 'malaysian ringgit', 'malaysia ringgits', 'malaysian ringgits']);

/**
 * Codes that are also words in capitals ("ALL 5 solutions", "TOP 10"): before a number they are
 * words, after one they are codes ("42 SAR").
 */
export const WORD_CODES: ReadonlySet<string> = new Set(['ALL', 'TOP', 'CUP', 'MAD', 'PEN', 'TRY', 'SOS', 'BOB', 'GEL', 'BAM', 'ANG', 'AMD', 'MOP', 'SAR', 'PAB', 'LAK', 'DOP', 'NIO']);
