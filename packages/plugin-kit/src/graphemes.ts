/**
 * Shortening text a person sees (initials, display names, excerpts) by user-perceived characters:
 * `charAt(0)` or `slice(0, n)` count UTF-16 units, so a name starting with 𝔸 or 👩‍👩‍👧 would be cut
 * inside a surrogate pair or a joined emoji and show as a broken character.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** How many grapheme clusters `text` has. */
export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/** The first grapheme of a trimmed name, upper-cased ("doe" → "D", "👩‍👩‍👧 Doe" → "👩‍👩‍👧"); "" for none. */
export function initialOf(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) return '';
  const first = segmenter.segment(trimmed)[Symbol.iterator]().next().value?.segment ?? '';
  return first.toUpperCase();
}

/** At most `max` graphemes of `text`: whole clusters only, never half a pair or half an emoji sequence. */
export function truncateGraphemes(text: string, max: number): string {
  if (max <= 0) return '';
  // Cheap exit: a string with no more UTF-16 units than `max` cannot have more graphemes.
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (count === max) return text.slice(0, end);
    end += segment.length;
    count += 1;
  }
  return text;
}
