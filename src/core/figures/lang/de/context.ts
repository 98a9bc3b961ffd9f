import type { LanguagePack } from '../pack';

/** The hours as a clock says them: "halb {elf}", "Viertel vor {acht}". */
const HOURS = ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
function clockPhrases(before: readonly string[]): string[] {
  return before.flatMap((words) => HOURS.map((hour) => `${words} {${hour}}`));
}

/** The German words the context rules read around a figure (see ../../context/). */
export const DE_CONTEXT: LanguagePack['context'] = {
  labelsBefore: [
'Artikel', 'Art.', 'Absatz', 'Abs.', 'Paragraf', 'Kapitel', 'Gleis', 'Flug', 'Zimmer', 'Raum', 'Saal', 'Sitzungssaal', 'Ziffer', 'Nr.', 'No.', 'Route', 'Terminal', 'Gate',
    'Apollo', 'Windows', 'iPhone', '§', 'Rang', 'Platz', 'Kilometer',
  ],
  listLabelsBefore: ['Artikel', 'Absätze', 'Paragrafen', 'Ziffern'],
  labelWords: ['sitz', 'platz', 'zimmer', 'reihe', 'form', 'modell', 'typ', 'version', 'kapitel', 'seite', 'gleis', 'nr', 'vitamin', 'größe'],
  boundWords: ['minus', 'etwa', 'rund', 'fast', 'über', 'unter', 'bis', 'zu', 'knapp', 'um', 'bei'],
  weatherWords: ['hitze', 'grad', 'temperatur', 'temperaturen', 'erwärmung', 'kälte', 'frost', 'celsius', 'fahrenheit', 'wetter', 'klima'],
  angleAfter: ['winkel', 'drehung', 'wende', 'kehrtwende', 'kurve', 'neigung', 'schwenk'],
  angleVerbAfter: ['drehen', 'dreht', 'drehte', 'gedreht', 'kippen', 'kippt', 'gekippt', 'neigen', 'geneigt', 'schwenken', 'geschwenkt'],
  turningBefore: ['winkel', 'drehung', 'neigung', 'abbiegen', 'biegt', 'drehen', 'dreht', 'drehte', 'kippen', 'neigen'],
  weatherAfter: ['wärmer', 'kälter', 'kühler', 'heißer', 'heisser'],
  setPhrases: [
    '{einer} der', '{eine} der', '{eines} der', '{einem} der', '{einen} der', 'jeden {zweiten}', 'jede {zweite}', 'jedes {zweite}', 'jeden {dritten}',
    'jede {dritte}', 'jedes {dritte}', 'jedem {zweiten}', 'jedem {dritten}', 'netto {null}', 'netto-{null}', '{null} und nichtig',
    // "kurz vor halb elf", "um Viertel nach drei": a time of day told in words, no count of eleven.
    ...clockPhrases(['halb', 'viertel nach', 'viertel vor', 'dreiviertel']),
    // "Kabel eins", "RTL Zwei": Sender, in Worten benannt.
    'Kabel {eins}', 'RTL {Zwei}', 'ORF {eins}',
  ],
  // "im Jahr 2000", "seit 2010 Preise", "die 2020 gewählten Abgeordneten": das Jahr bleibt (yearOrCount).
  yearBefore: [
    'im', 'in', 'seit', 'bis', 'ab', 'von', 'vor', 'nach', 'um', 'zwischen', 'und', 'oder', 'jahr', 'jahre', 'jahres', 'sommer', 'frühjahr',
    'herbst', 'winter', 'anfang', 'ende', 'mitte', 'der', 'die', 'das', 'des', 'dem', 'den', 'seit', 'für', 'zum', 'zur',
  ],
  // "ein Viertel vor acht": die Uhrzeit, kein Anteil.
  clockFraction: { joints: ['vor', 'nach'], hours: HOURS },
  namesBefore: [
    'Nummer', 'Rückennummer', 'Telefonnummer', 'Hotline', 'Notruf', 'Notrufnummer', 'Bundesstraße', 'Landstraße', 'Staatsstraße', 'Kreisstraße',
    'Autobahn', 'Linie', 'Buslinie', 'Straßenbahnlinie', 'Stadtbahnlinie', 'Block', 'Typ', 'Reaktor', 'Ausfahrt', 'Anschlussstelle', 'Stream',
  ],
  // Namen mit ihrer Nummer: Sender ("RTL 2", "WDR 2", "Sat.1", "ORF 1"), Börsenindizes ("der Dax 40",
  // "der Euro Stoxx 50", "der S&P 500"), Flugzeuge ("eine Boeing 737"): keine Zahl.
  numberedNames: [
    'RTL', 'Sat.', 'Kabel', 'WDR', 'NDR', 'SWR', 'MDR', 'BR', 'HR', 'RBB', 'ORF', 'SRF', 'Radio', 'Sender', 'Kanal', 'Fox', 'BBC', 'Channel',
    'DAX', 'Dax', 'MDax', 'MDAX', 'SDax', 'TecDax', 'Stoxx', 'STOXX', 'FTSE', 'S&P', "Poor's", 'Poor’s', 'Nasdaq', 'CAC', 'Nikkei', 'ATX', 'SMI', 'Boeing',
  ],
  // "eine Gemeinde von etwa 2000" zählt; "seit etwa 2010", "im Jahr rund 2000", "circa 1850" sind Jahre.
  hedgedYear: {
    before: ['im', 'in', 'seit', 'bis', 'ab', 'vor', 'nach', 'zwischen', 'jahr', 'jahre', 'jahres', 'sommer', 'frühjahr', 'herbst', 'winter', 'anfang', 'ende', 'mitte', 'gegründet', 'gebaut', 'geboren', 'gestorben', 'eröffnet', 'seit'],
    hedges: ['circa', 'ca.', 'ca', 'zirka'],
  },
  // Vereine mit einer Zahl im Namen: "Hannover 96", "Schalke 04", "Bayer 04 Leverkusen", "1860 München".
  namesWithNumbers: ['Hannover 96', 'Schalke 04', 'Bayer 04', 'Mainz 05', 'Darmstadt 98', '1860 München', 'TSV 1860', 'TSG 1899'],
  // Aktenzeichen der Gerichte: "4 KLs 10/20" (Landgericht), "2 StR 123/21" (BGH), "1 BvR 2656/18"
  // (Bundesverfassungsgericht): ein Name, keine Kammer als Zahl und kein Bruch "10/20".
  fileNumbers: {
    registers: [
      'KLs', 'Ks', 'Ls', 'Ds', 'Cs', 'Js', 'Qs', 'Ss', 'Ws', 'StR', 'ARs', 'BvR', 'BvL', 'BvE', 'BvF', 'BvB', 'BvQ', 'BvC', 'ZR', 'AZR', 'AZB', 'VR', 'StB',
      'Sa', 'Ta', 'Ca', 'Kap', 'WF', 'UF',
    ],
    labels: ['Az.', 'AZ', 'Az', 'Aktenzeichen', 'Geschäftszeichen'],
  },
  nameFollowers: ['und', 'im', 'in', 'bei', 'am', 'an', 'vom', 'nahe', 'ging', 'gingen', 'wurde', 'wurden', 'war', 'waren', 'ist', 'sind', 'liegt', 'lag', 'soll', 'sollen', 'bleibt', 'blieb', 'bleiben', 'hatte', 'hatten', 'hat', 'haben', 'lieferte', 'liefert', 'spielt', 'spielte'],
  ordinalWords: ordinalForms({
    erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, neunt: 9, zehnt: 10, elft: 11, zwölft: 12, zwanzigst: 20,
  }),
  multipliers: {
    zweimal: 2, dreimal: 3, viermal: 4, fünfmal: 5, zehnmal: 10, doppelt: 2, dreifach: 3, verdoppelt: 2, verdreifacht: 3, zweifach: 2, vierfach: 4, zehnfach: 10,
  },
  dayRangeJoints: ['und', 'bis', '-', '–'],
  ordinalDot: {
    before: ['der', 'die', 'das', 'des', 'dem', 'den', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'seit', 'seinem', 'seiner', 'ihrem', 'ihrer', 'ab'],
    after: ['jahrhundert', 'jahrtausend', 'mal', 'platz', 'etappe', 'spieltag', 'runde', 'minute', 'geburtstag', 'stelle', 'lebensjahr', 'klasse', 'todestag', 'jahrestag', 'liga', 'stock', 'rang', 'sitzung', 'amtszeit', 'instanz'],
  },
  ageBefore: ['im Alter von', 'im Alter zwischen', 'Alter von', 'Alter zwischen', 'Alters von'],
  decadeSuffixes: ['er-Jahren', 'er-Jahre', 'er-Jahrens', 'er Jahren', 'er Jahre', 'ern', 'er'],
  rangeJoints: ['bis', 'und', 'oder', 'auf', 'zu', '-', '–'],
  degreesAreCelsius: true,
  countWords: ['Zahl', 'Anzahl'],
  requirement: {
    after: ['nötig', 'notwendig', 'erforderlich', 'benötigt'],
    before: ['nötigen', 'nötige', 'notwendigen', 'notwendige', 'erforderlichen', 'erforderliche', 'benötigten', 'benötigte'],
  },
  durationAdjectives: ['weitere', 'weiteren', 'volle', 'vollen', 'ganze', 'ganzen', 'lange', 'langen', 'zusätzliche', 'zusätzlichen'],
};

/** Each German ordinal stem with its case endings: "zweite", "zweiten", "Zweiter" ... */
function ordinalForms(stems: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(stems).flatMap(([stem, n]) => ['e', 'er', 'en', 'em', 'es'].map((ending) => [stem + ending, n])));
}
