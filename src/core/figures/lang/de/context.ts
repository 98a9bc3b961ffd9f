import type { LanguagePack } from '../pack';

/** The German words the context rules read around a figure (see ../../context/). */
export const DE_CONTEXT: LanguagePack['context'] = {
  labelsBefore: [
    'Artikel', 'Art.', 'Absatz', 'Paragraf', 'Kapitel', 'Gleis', 'Flug', 'Zimmer', 'Ziffer', 'Nr.', 'No.', 'Route', 'Terminal', 'Gate',
    'Apollo', 'Windows', 'iPhone', '§',
  ],
  labelWords: ['sitz', 'platz', 'zimmer', 'reihe', 'form', 'modell', 'typ', 'version', 'kapitel', 'seite', 'gleis', 'nr', 'vitamin', 'größe'],
  boundWords: ['minus', 'etwa', 'rund', 'fast', 'über', 'unter', 'bis', 'zu', 'knapp', 'um', 'bei'],
  weatherWords: ['hitze', 'grad', 'temperatur', 'temperaturen', 'erwärmung', 'kälte', 'frost', 'celsius', 'fahrenheit', 'wetter', 'klima'],
  angleAfter: ['winkel', 'drehung', 'wende', 'kehrtwende', 'kurve', 'neigung', 'schwenk'],
  angleVerbAfter: ['drehen', 'dreht', 'drehte', 'gedreht', 'kippen', 'kippt', 'gekippt', 'neigen', 'geneigt', 'schwenken', 'geschwenkt'],
  turningBefore: ['winkel', 'drehung', 'neigung', 'abbiegen', 'biegt', 'drehen', 'dreht', 'drehte', 'kippen', 'neigen'],
  weatherAfter: ['wärmer', 'kälter', 'kühler', 'heißer', 'heisser'],
};
