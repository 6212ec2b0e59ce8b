/**
 * A group's interests are stored as one delimited text column (",economy,jobs,") rather than JSON, so
 * "groups about jobs" is a plain `LIKE '%,jobs,%'` on SQLite and PostgreSQL alike. Interest ids are
 * lower-case words and hyphens (validators/profile.ts INTERESTS), so they never contain the comma.
 */
export function encodeInterestTags(interests: readonly string[]): string | null {
  const unique = [...new Set(interests)];
  return unique.length ? `,${unique.join(',')},` : null;
}

export function decodeInterestTags(tags: string | null | undefined): string[] {
  return (tags ?? '').split(',').filter(Boolean);
}

/** The substring a group tagged with `interest` contains. */
export function interestTag(interest: string): string {
  return `,${interest},`;
}
