/**
 * Letters of other alphabets that a reader takes for Latin ones, in the spirit of Unicode TR39's
 * confusables (confusables.txt maps each to a "skeleton"). FEC-03 folds them so that "Аnn" with a
 * Cyrillic А is the same donor as "Ann". Only letters that look like a Latin letter in ordinary fonts
 * are listed, both cases, because some capitals look Latin while their small letters do not (Cyrillic
 * В and в): the fold runs before lower-casing. Full-width and mathematical letters need no entry
 * (NFKC turns them into ASCII), nor accented letters (their marks are stripped after NFD).
 *
 * Why not the `confusables` npm package: TR39's full table also folds Latin into Latin ("rn" → "m",
 * "l" → "I", "0" → "O"), which would merge different real names and house numbers; this table only
 * crosses alphabets, and stays data we can read and test.
 */
// prettier-ignore
export const CONFUSABLE_LETTERS: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A', а: 'a', В: 'B', Е: 'E', е: 'e', З: '3', з: '3', К: 'K', к: 'k', М: 'M', м: 'm', Н: 'H', н: 'h',
  О: 'O', о: 'o', Р: 'P', р: 'p', С: 'C', с: 'c', Т: 'T', т: 't', У: 'Y', у: 'y', Х: 'X', х: 'x',
  Ѕ: 'S', ѕ: 's', І: 'I', і: 'i', Ј: 'J', ј: 'j', Ԁ: 'D', ԁ: 'd', Ԛ: 'Q', ԛ: 'q', Ԝ: 'W', ԝ: 'w',
  Һ: 'H', һ: 'h', Ӏ: 'l', ӏ: 'l', Ү: 'Y', ү: 'y', Ҫ: 'C', ҫ: 'c', Ѵ: 'V', ѵ: 'v', Ь: 'b', ь: 'b',
  г: 'r', п: 'n', Ꙇ: 'I', ꙇ: 'i', Ԍ: 'G', ԍ: 'g', ԧ: 'h', Ԓ: 'N', Ӡ: '3', ӡ: '3',
  // Greek
  Α: 'A', α: 'a', Β: 'B', Ε: 'E', ε: 'e', Ζ: 'Z', Η: 'H', Ι: 'I', ι: 'i', Κ: 'K', κ: 'k', Μ: 'M',
  Ν: 'N', ν: 'v', Ο: 'O', ο: 'o', Ρ: 'P', ρ: 'p', Τ: 'T', τ: 't', Υ: 'Y', υ: 'u', Χ: 'X', χ: 'x',
  Ϲ: 'C', ϲ: 'c', Ϳ: 'J', ϳ: 'j', ω: 'w', γ: 'y', η: 'n', ϱ: 'p', ϰ: 'k', ϐ: 'b',
  // Armenian
  Օ: 'O', օ: 'o', Ս: 'U', ս: 'u', ց: 'g', հ: 'h', ո: 'n', զ: 'q', Լ: 'L', Տ: 'S', ա: 'w',
  // Cherokee capitals (the small letters look less alike)
  Ꭺ: 'A', Ᏼ: 'B', Ꮯ: 'C', Ꭰ: 'D', Ꭼ: 'E', Ꮐ: 'G', Ꮋ: 'H', Ꭵ: 'i', Ꭻ: 'J', Ꮶ: 'K', Ꮮ: 'L', Ꮇ: 'M',
  Ꮲ: 'P', Ꮪ: 'S', Ꭲ: 'T', Ꮩ: 'V', Ꮃ: 'W', Ꮓ: 'Z', Ꮢ: 'R',
  // Latin letters that NFD does not decompose (strokes, dotless, IPA, small capitals, ligatures)
  ı: 'i', ȷ: 'j', Ł: 'L', ł: 'l', Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't',
  ƀ: 'b', Ɨ: 'I', ɨ: 'i', ɑ: 'a', ɡ: 'g', ɩ: 'i', ɪ: 'i', ʏ: 'y', ʀ: 'r', ᴀ: 'a', ʙ: 'b', ᴄ: 'c',
  ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ᴛ: 't',
  ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z', ĸ: 'k', ß: 'ss', ẞ: 'SS', Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe',
  Ə: 'E', ə: 'e', Ɔ: 'O', ɔ: 'o', ƒ: 'f', Ƅ: 'b', ɒ: 'a',
};

const LETTER = new RegExp(
  `[${Object.keys(CONFUSABLE_LETTERS)
    .filter((k) => [...k].length === 1)
    .join('')}]`,
  'gu'
);

/** Replaces every look-alike letter of `CONFUSABLE_LETTERS` by the Latin letter it passes for. */
export function foldConfusables(text: string): string {
  return text.replace(LETTER, (letter) => CONFUSABLE_LETTERS[letter]);
}
