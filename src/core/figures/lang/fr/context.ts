import type { LanguagePack } from '../pack';

/** The French words the context rules read around a figure (see ../../context/). */
export const FR_CONTEXT: LanguagePack['context'] = {
  labelsBefore: [
    'Article', 'article', 'Art.', 'art.', 'Chapitre', 'chapitre', 'alinéa', 'Alinéa', 'paragraphe', 'Route', 'route', 'Vol', 'vol', 'Numéro',
    'numéro', 'No.', 'N°', 'n°', 'Salle', 'salle', 'Porte', 'porte', 'Terminal', 'Quai', 'quai', 'Apollo', 'Windows', 'iPhone', '§',
  ],
  labelWords: ['siège', 'salle', 'porte', 'section', 'article', 'formulaire', 'rang', 'étage', 'modèle', 'type', 'version', 'chapitre', 'page', 'quai', 'numéro', 'vitamine', 'taille'],
  boundWords: ['moins', 'environ', 'près', 'presque', 'plus', 'sous', 'vers', 'à'],
  weatherWords: ['température', 'températures', 'chaleur', 'canicule', 'chaud', 'froid', 'gel', 'météo', 'climat', 'degré', 'degrés', 'celsius', 'fahrenheit', 'réchauffement'],
  angleAfter: ['angle', 'virage', 'rotation', 'inclinaison', 'pente'],
  angleVerbAfter: [],
  turningBefore: ['à gauche', 'à droite', 'angle', 'rotation', 'tourner', 'tourne', 'tourné', 'pivoter', 'pivote', 'incliné', 'inclinaison', 'virage', 'demi-tour'],
  weatherAfter: ['plus chaud', 'plus froid', 'de plus', 'de moins'],
  // The readings of issue 14, kept to what lang/fr/examples/claims-readings.txt needs (see context/).
  setPhrases: ["l'{une} des", "l'{un} des", '{une} des pires', '{un} des pires', '{zéro} émission', 'net {zéro}'],
  nameFollowers: ['et', 'en', 'à', 'ont', 'a', 'est', 'était', 'près'],
  // Only the ordinals that are also fractions ("une sixième victime" is no sixth): the French
  // benchmark leaves ordinals in words unmarked, so the common ones ("premier tour") stay unread.
  ordinalWords: { sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10 },
  fractionAfter: ['de', 'des', 'du', "d'"],
  dayRangeJoints: ['et', 'au', '-', '–'],
  ageBefore: ['âgé de', 'âgée de', 'âgés de', 'âgées de', "à l'âge de"],
  rangeJoints: ['à', 'et', 'ou'],
  points: { words: ['points', 'point'], pollWords: ['voix', 'sondage', 'intentions', 'scrutin', 'vote', 'votes', 'tour', 'élection', 'suffrages'] },
};
