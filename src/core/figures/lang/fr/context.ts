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
};
