import fc from 'fast-check';
import { runs } from './runs';
import { normalizeCompact, normalizeText } from '../../src/core/text';

/** The definitions, with no shortcut: NFKC, then white space. */
const compactByDefinition = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');
const textByDefinition = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, ' ').trim();

// Roster-like text: ASCII, common and compatibility ideographs, full-width forms, odd spaces, combining marks.
const pieces = fc.constantFrom('张', '三', '财务科', '１９８５．０３', '（', '）', '　', '\u00a0', '\t', '\n', ' ', '  ', 'a', 'Z', '0',
  '\uf900', '\u2f00', '\u3000', 'é', 'e\u0301', '①', '\ufb01', '\u9fff', '\u4e00', '\ua000', '-', '.');
const rosterText = fc.oneof(fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('text clean-up', () => {
  it('gives what NFKC and white-space folding give, on every kind of text', () => {
    fc.assert(fc.property(rosterText, (text) => {
      expect(normalizeText(text)).toBe(textByDefinition(text));
      expect(normalizeCompact(text)).toBe(compactByDefinition(text));
    }), { numRuns: runs(3000) });
  });

  it('folds full-width forms and every width of space', () => {
    expect(normalizeCompact(' １９８５．０３ ')).toBe('1985.03');
    expect(normalizeText('  财务科\u3000\u3000副科长 ')).toBe('财务科 副科长');
    expect(normalizeText('办公室  主任')).toBe('办公室 主任');
  });
});
