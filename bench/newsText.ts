/**
 * Deterministic news-like text in English, German and French for the figure benchmark: one
 * paragraph a line, two or three sentences each, with the figures news carries (counts, shares,
 * money with scale words, dates, distances, temperatures, numbers in words, years) written in
 * each language's own format. The same seed gives the same text on every machine.
 */

import { rng } from './rng';

export type BenchLang = 'en' | 'de' | 'fr';

type Slot = 'count' | 'pct' | 'money' | 'date' | 'km' | 'words' | 'year' | 'temp' | 'small';
type Pick = <T>(items: readonly T[]) => T;

const TEMPLATES: Record<BenchLang, string[]> = {
  en: [
    'More than {count} residents were moved to safety on {date}, officials said.',
    'Unemployment rose to {pct} in the second quarter, the statistics office said.',
    'The government approved {money} in emergency aid for the region.',
    'Rescue teams searched an area of about {km} along the river.',
    '{words} people were still missing late on Tuesday, police said.',
    'The company said it would cut {count} jobs by {year}, about {pct} of its workforce.',
    'Temperatures reached {temp} in the afternoon, the highest since records began in {year}.',
    'At least {small} schools stayed closed, according to the education ministry.',
  ],
  de: [
    'Mehr als {count} Anwohner wurden am {date} in Sicherheit gebracht, teilten die Behörden mit.',
    'Die Arbeitslosenquote stieg im zweiten Quartal auf {pct}, wie das Statistikamt mitteilte.',
    'Die Regierung bewilligte {money} an Soforthilfe für die Region.',
    'Rettungskräfte suchten ein Gebiet von rund {km} entlang des Flusses ab.',
    '{words} Menschen wurden am Dienstagabend noch vermisst, sagte die Polizei.',
    'Das Unternehmen will bis {year} {count} Stellen streichen, etwa {pct} der Belegschaft.',
    'Am Nachmittag wurden {temp} gemessen, so viel wie seit Beginn der Aufzeichnungen {year} nicht.',
    'Mindestens {small} Schulen blieben nach Angaben des Kultusministeriums geschlossen.',
  ],
  fr: [
    "Plus de {count} habitants ont été mis à l'abri le {date}, selon les autorités.",
    "Le taux de chômage est passé à {pct} au deuxième trimestre, a indiqué l'institut de statistique.",
    "Le gouvernement a débloqué {money} pour venir en aide à la région.",
    "Les secours ont fouillé une zone d'environ {km} le long du fleuve.",
    '{words} personnes étaient toujours portées disparues mardi soir, selon la police.',
    "L'entreprise prévoit de supprimer {count} emplois d'ici {year}, soit près de {pct} de ses effectifs.",
    "Le thermomètre a atteint {temp} dans l'après-midi, du jamais vu depuis le début des relevés en {year}.",
    "Au moins {small} écoles sont restées fermées, selon le ministère de l'Éducation.",
  ],
};

const MONTHS: Record<BenchLang, string[]> = {
  en: ['January', 'March', 'May', 'August', 'October', 'December'],
  de: ['Januar', 'März', 'Mai', 'August', 'Oktober', 'Dezember'],
  fr: ['janvier', 'mars', 'mai', 'août', 'octobre', 'décembre'],
};
const WORDS: Record<BenchLang, string[]> = {
  en: ['Twenty-three', 'Fifty-five', 'Eleven', 'Ninety-seven', 'Sixty-one', 'A hundred and twenty'],
  de: ['Dreiundzwanzig', 'Fünfundfünfzig', 'Elf', 'Siebenundneunzig', 'Einundsechzig', 'Hundertzwanzig'],
  fr: ['Vingt-trois', 'Cinquante-cinq', 'Onze', 'Quatre-vingt-dix-sept', 'Soixante et onze', 'Cent vingt'],
};

/** How each language groups thousands (French: a narrow no-break, a no-break or a plain space) and writes a decimal. */
const FORMAT: Record<BenchLang, { groups: string[]; decimal: string }> = {
  en: { groups: [','], decimal: '.' },
  de: { groups: ['.'], decimal: ',' },
  fr: { groups: ['\u202f', '\u00a0', ' '], decimal: ',' },
};

function grouped(n: number, lang: BenchLang, pick: Pick): string {
  const separator = pick(FORMAT[lang].groups);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const decimal = (x: number, lang: BenchLang) => x.toFixed(1).replace('.', FORMAT[lang].decimal);

function slot(name: Slot, lang: BenchLang, random: () => number, pick: Pick): string {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const x = decimal(int(11, 199) / 10, lang);
  switch (name) {
    case 'count': return grouped(int(1, 500) * 100, lang, pick);
    case 'small': return String(int(2, 60));
    case 'year': return String(int(2000, 2030));
    case 'words': return pick(WORDS[lang]);
    case 'pct': return pick({ en: [`${x}%`, `${x} per cent`], de: [`${x} Prozent`, `${x} %`], fr: [`${x}\u00a0%`, `${x} pour cent`] }[lang]);
    case 'money': return pick({ en: [`$${x} million`, `${x} million euros`, `£${x}bn`], de: [`${x} Millionen Euro`, `${x} Mio. Euro`, `${x} Milliarden Euro`], fr: [`${x} millions d'euros`, `${x} milliards d'euros`, `${x} M€`] }[lang]);
    case 'km': return pick({ en: [`${int(2, 90)} kilometres`, `${int(2, 90)} km`, `${int(2, 40)} miles`], de: [`${int(2, 90)} Kilometern`, `${int(2, 90)} km`], fr: [`${int(2, 90)} kilomètres`, `${int(2, 90)} km`] }[lang]);
    case 'temp': return pick({ en: [`${int(30, 45)} degrees Celsius`, `${int(30, 45)}C`], de: [`${int(30, 45)} Grad`, `${int(30, 45)} Grad Celsius`], fr: [`${int(30, 45)} degrés`, `${int(30, 45)} °C`] }[lang]);
    case 'date': {
      const day = int(1, 28);
      const month = pick(MONTHS[lang]);
      return pick({ en: [`${day} ${month}`, `${month} ${day}`], de: [`${day}. ${month}`], fr: [`${day === 1 ? '1er' : day} ${month}`] }[lang]);
    }
  }
}


/** `paragraphs` lines of news-like text in `lang`. */
export function newsText(lang: BenchLang, paragraphs: number, seed = 42): string {
  const random = rng(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const sentence = () => pick(TEMPLATES[lang]).replace(/\{(\w+)\}/g, (_, name: Slot) => slot(name, lang, random, pick));
  const lines = Array.from({ length: paragraphs }, () => Array.from({ length: 2 + Math.floor(random() * 2) }, sentence).join(' '));
  return lines.join('\n') + '\n';
}
