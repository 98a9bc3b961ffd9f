import type { LanguagePack } from '../pack';

/** The French words the context rules read around a figure (see ../../context/). */
export const FR_CONTEXT: LanguagePack['context'] = {
  labelsBefore: [
'Article', 'article', 'Art.', 'art.', 'Chapitre', 'chapitre', 'alinéa', 'Alinéa', 'paragraphe', 'Route', 'route', 'Vol', 'vol', 'Numéro',
    'No.', 'N°', 'Salle', 'salle', 'Porte', 'porte', 'Terminal', 'Quai', 'quai', 'Apollo', 'Windows', 'iPhone', '§',
    // "à la page 12", "p. 4": a page is a place in a document, as an article is in a law.
    'page', 'Page', 'p.',
  ],
  listLabelsBefore: ['Articles', 'articles', 'alinéas', 'paragraphes'],
  // The codes' articles: "l'article L. 2121-29", "art. R.413-17", "article D 4-1", "article LO 176" (loi organique).
  labelCodes: { labels: ['Article', 'article', 'Articles', 'articles', 'Art.', 'art.'], letters: ['L', 'R', 'D', 'A', 'LO'] },
  labelWords: ['siège', 'salle', 'porte', 'section', 'article', 'formulaire', 'rang', 'étage', 'modèle', 'type', 'version', 'chapitre', 'page', 'quai', 'numéro', 'vitamine', 'taille'],
  boundWords: ['moins', 'environ', 'près', 'presque', 'plus', 'sous', 'vers', 'à'],
  weatherWords: ['température', 'températures', 'chaleur', 'canicule', 'chaud', 'froid', 'gel', 'météo', 'climat', 'degré', 'degrés', 'celsius', 'fahrenheit', 'réchauffement'],
  angleAfter: ['angle', 'virage', 'rotation', 'inclinaison', 'pente'],
  angleVerbAfter: [],
  turningBefore: ['à gauche', 'à droite', 'angle', 'rotation', 'tourner', 'tourne', 'tourné', 'pivoter', 'pivote', 'incliné', 'inclinaison', 'virage', 'demi-tour'],
  weatherAfter: ['plus chaud', 'plus froid', 'de plus', 'de moins'],
  // The readings of issue 14, kept to what lang/fr/examples/claims-readings.txt needs (see context/).
  setPhrases: ["l'{une} des", "l'{un} des", '{une} des pires', '{un} des pires', '{zéro} émission', 'net {zéro}'],
  // "le numéro 9", "le bureau n° 23", "la RN 12", "la route nationale 106", "composer le 15", "la Ligue 1",
  // "le Top 14", "France 2" (a channel): names and codes. A capitalized "Numéro 1" stays a label.
  letterWords: ['A', 'Y'],
  namesBefore: [
    // "NUMERO 2": capitals drop the accent.
    'numéro', 'numero', 'n°', 'RN', 'route nationale', 'route départementale', 'autoroute', 'ligne', 'composer le', 'appeler le', 'Ligue', 'Top', 'France',
    // "une Peugeot 5008", "la Renault 5", "un Boeing 737": a car's or an aircraft's model, no count.
    'Peugeot', 'Citroën', 'Renault', 'Boeing',
    // "le CAC 40", "le SBF 120": stock indexes, named by their number of shares.
    'CAC', 'SBF',
  ],
  // "dans l'Aube (10)", "à Trappes (78)", "Mayotte (976)": the département's number after a place, no count.
  placeCodes: [[1, 95], [971, 976]],
  // "Renaissance (45), Les Républicains (39)": a party's or a group's seats in brackets, counts.
  notPlaces: ['Renaissance', 'Ensemble', 'Horizons', 'Républicains', 'Reconquête', 'MoDem', 'Modem', 'Écologistes', 'Socialistes', 'Insoumis', 'Communistes', 'Démocrates', 'Indépendants', 'Centristes', 'Divers'],
  // "au 12 rue des Lilas", "173, boulevard Voltaire 75011 Paris": a building's number and the postcode after it.
  streetAddress: {
    streets: ['rue', 'avenue', 'boulevard', 'bd', 'place', 'allée', 'impasse', 'chemin', 'quai', 'cours', 'passage', 'route', 'voie', 'faubourg'],
    repeats: ['bis', 'ter', 'quater'],
    postcodeDigits: 5,
  },
  // "un diplôme Bac +5", "niveau bac+3": the years of study after the baccalauréat name a level, no count.
  levelsBeforePlus: ['bac', 'baccalauréat'],
  // "recours au 49.3", "dégainer le 49-3": the article of the constitution that passes a bill without a vote.
  numberNames: ['49.3', '49-3'],
  nameFollowers: ['et', 'en', 'à', 'ont', 'a', 'est', 'était', 'sont', 'seront', 'doit', 'doivent', 'près'],
  // "Flamanville 3, dans la Manche", "Bugey 4, qui redémarre": a name ends before the comma too.
  nameFollowersAfterComma: ['dans', 'qui', 'dont', 'où', 'près'],
  // "l'incendie Cochrane 13 progresse", "la tempête Ciaran 2": fires and storms are named by a word and a number.
  namedThingsBefore: ['incendie', 'incendies', 'feu', 'feux', 'tempête', 'ouragan', 'cyclone'],
  // Only the ordinals that are also fractions ("une sixième victime" is no sixth): the French
  // benchmark leaves ordinals in words unmarked, so the common ones ("premier tour") stay unread.
  ordinalWords: { sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10 },
  fractionAfter: ['de', 'des', 'du', "d'"],
  dayRangeJoints: ['et', 'au', '-', '–'],
  ageBefore: ['âgé de', 'âgée de', 'âgés de', 'âgées de', "à l'âge de"],
  rangeJoints: ['à', 'et', 'ou'],
  // "des aéroports de 5 à 10 millions de passagers": the scale after the range is both ends'.
  rangeScale: true,
  durationSymbols: { h: 'hour', min: 'minute', s: 'second' },
  halfAfterUnit: ['et demi', 'et demie'],
  // "a duré 3 heures 30", "pendant 2 heures 15": hours and bare minutes that last; "la séance de 10 heures 30" is a time of day.
  lastingBefore: ['duré', 'dure', 'durent', 'durera', 'dureront', 'durait', 'duraient', 'durer', 'pendant', 'durant', 'en'],
  // "les vingt dernières années", "les trois prochains mois": the adjective French puts between a number and its unit of time.
  durationAdjectives: ['derniers', 'dernières', 'premiers', 'premières', 'prochains', 'prochaines', 'longs', 'longues', 'pleins', 'pleines'],
  superlativeAfter: ['les plus', 'les moins'],
  // French weather reports measure in Celsius: "9 degrés" that is no angle is °C.
  degreesAreCelsius: true,
  // "cents" after digits is the coin, but not after "4 mille", nor as "cent" before a number ("3 cent un").
  hundredsAfterDigits: { forms: ['cent', 'cents'], beforeNumber: 'cent' },
  // "3 000 000 d'euros", "4000000 de degrés": French writes the "de" of "trois millions de" after the digits too.
  ofAfterMillionsInDigits: true,
  // "−0,1 pt", "2 pts": economic bulletins abbreviate the point of a rate.
  points: { words: ['points', 'point', 'pts', 'pt'], pollWords: ['taux', 'voix', 'sondage', 'intentions', 'scrutin', 'vote', 'votes', 'tour', 'élection', 'suffrages'] },
};
