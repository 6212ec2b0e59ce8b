import { graphemeLength, graphemes, initialOf, truncateGraphemes } from '../../packages/plugin-kit/src/graphemes';

const FAMILY = '👩‍👩‍👧'; // three emoji joined by ZWJ: 8 UTF-16 units, one grapheme
const DOUBLE_STRUCK_A = '𝔸'; // outside the BMP: a surrogate pair
const THUMB_DARK = '👍🏿'; // emoji + skin-tone modifier: two pairs, one grapheme
const E_ACUTE_COMBINING = 'e\u0301'; // e + combining acute accent

/** True when every surrogate in `text` is half of a well-formed pair. */
const wellFormed = (text: string) => Buffer.from(text, 'utf8').toString('utf8') === text;

describe('initialOf', () => {
  it.each([
    ['doe', 'D'],
    ['  doe', 'D'],
    [`${FAMILY} Doe`, FAMILY],
    [`${DOUBLE_STRUCK_A}lpha`, DOUBLE_STRUCK_A],
    [`${THUMB_DARK}Smith`, THUMB_DARK],
    [`${E_ACUTE_COMBINING}tienne`, E_ACUTE_COMBINING.toUpperCase()],
    ['łukasz', 'Ł'],
  ])('takes the whole first grapheme of %j', (name, initial) => {
    expect(initialOf(name)).toBe(initial);
    expect(wellFormed(initialOf(name))).toBe(true);
  });

  it('gives "" for a missing or blank name', () => {
    expect(initialOf(undefined)).toBe('');
    expect(initialOf(null)).toBe('');
    expect(initialOf('   ')).toBe('');
  });
});

describe('truncateGraphemes', () => {
  it('keeps at most max graphemes and never cuts a pair or a joined emoji', () => {
    const text = `${FAMILY}${DOUBLE_STRUCK_A}${THUMB_DARK}abc`;
    expect(truncateGraphemes(text, 1)).toBe(FAMILY);
    expect(truncateGraphemes(text, 2)).toBe(`${FAMILY}${DOUBLE_STRUCK_A}`);
    expect(truncateGraphemes(text, 3)).toBe(`${FAMILY}${DOUBLE_STRUCK_A}${THUMB_DARK}`);
    expect(truncateGraphemes(text, 6)).toBe(text);
    expect(truncateGraphemes(text, 100)).toBe(text);
    for (let max = 0; max <= 7; max += 1) expect(wellFormed(truncateGraphemes(text, max))).toBe(true);
  });

  it('leaves plain text as slice(0, max) would and gives "" for max 0', () => {
    expect(truncateGraphemes('hello world', 5)).toBe('hello');
    expect(truncateGraphemes('hello', 0)).toBe('');
  });
});

describe('graphemes and graphemeLength', () => {
  it('count user-perceived characters, not UTF-16 units', () => {
    const text = `a${FAMILY}${E_ACUTE_COMBINING}`;
    expect(text.length).toBe(1 + 8 + 2);
    expect(graphemeLength(text)).toBe(3);
    expect(graphemes(text)).toEqual(['a', FAMILY, E_ACUTE_COMBINING]);
  });
});
