import type { LanguagePack } from '../pack';

/** The English words the context rules read around a figure (see ../../context/). */
export const EN_CONTEXT: LanguagePack['context'] = {
  pronounOne: {
    word: 'one',
    before: ['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'other', 'same', 'last', 'next', 'first', 'new', 'old', 'right', 'wrong', 'little', 'big'],
  },
  labelsBefore: [
    'Article', 'Art.', 'Section', 'Sec.', 'Chapter', 'Title', 'Paragraph', 'Clause', 'Route', 'Highway', 'Interstate', 'Flight', 'Resolution',
    'Proposition', 'Prop.', 'No.', 'Number', 'Room', 'Gate', 'Platform', 'Terminal', 'Apollo', 'Windows', 'iPhone', 'Episode', '§',
  ],
  labelWords: [
    'seat', 'seats', 'room', 'rooms', 'apartment', 'flat', 'gate', 'section', 'article', 'form', 'row', 'floor', 'unit', 'suite', 'level',
    'grade', 'class', 'model', 'type', 'version', 'chapter', 'page', 'platform', 'terminal', 'block', 'no', 'number', 'vitamin', 'size',
  ],
  boundWords: ['minus', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'some', 'just', 'roughly', 'up', 'to', 'at'],
  weatherWords: [
    'temperature', 'temperatures', 'temp', 'temps', 'degree', 'degrees', 'heat', 'heatwave', 'hot', 'hotter', 'warm', 'warmer', 'warming',
    'cold', 'colder', 'cool', 'cooler', 'freezing', 'frost', 'weather', 'forecast', 'high', 'highs', 'low', 'lows', 'thermometer', 'climate',
    'celsius', 'fahrenheit',
  ],
  angleAfter: ['angle', 'angles', 'turn', 'turns', 'rotation', 'rotations', 'tilt', 'tilts', 'slope', 'slopes', 'bend', 'bends', 'arc', 'arcs', 'pivot', 'pivots'],
  angleVerbAfter: [],
  turningBefore: [
    'angle', 'angles', 'rotation', 'rotations', 'rotate', 'rotates', 'rotated', 'rotating', 'turn', 'turns', 'turned', 'turning',
    'tilt', 'tilts', 'tilted', 'tilting', 'swivel', 'swivels', 'swiveled', 'swivelled', 'swivelling', 'pivot', 'pivots', 'pivoted', 'pivoting',
  ],
  weatherAfter: ['warmer', 'colder', 'cooler', 'hotter', 'higher', 'lower'],
};
