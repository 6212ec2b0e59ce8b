import { createHash } from 'crypto';

/** What a contribution form, a fundraising page or a store order knows about the person giving. */
export interface DonorIdentity {
  firstName: string;
  lastName: string;
  street: string;
  zip: string;
  email: string;
}

/**
 * FEC-03: one person's gifts aggregate across every form, page and store order. Two keys, because either
 * half of a person's details changes on its own: someone who moved still uses the same email, and
 * someone who typed a new email still lives at the same address. Both keys include the name, so two
 * people sharing a household email (spouses) or an address (roommates) stay separate donors.
 * A gift belongs to a donor when EITHER key matches (the ledger stores both; aggregation queries
 * `by_address = ? OR by_email = ?`).
 * - byAddress = sha256 of normalised first name | last name | street | ZIP (first 5 digits)
 * - byEmail   = sha256 of normalised first name | last name | email
 */
export interface DonorKey {
  byAddress: string;
  byEmail: string;
}

/**
 * USPS Publication 28 street suffixes, directionals and unit designators most often typed in full.
 * Each full word and each common variant maps to one spelling; all unit words become "#".
 */
const STREET_WORDS: Record<string, string> = {
  street: 'st',
  str: 'st',
  avenue: 'ave',
  av: 'ave',
  aven: 'ave',
  avenu: 'ave',
  road: 'rd',
  drive: 'dr',
  drv: 'dr',
  boulevard: 'blvd',
  boul: 'blvd',
  lane: 'ln',
  court: 'ct',
  place: 'pl',
  terrace: 'ter',
  terr: 'ter',
  circle: 'cir',
  highway: 'hwy',
  parkway: 'pkwy',
  pky: 'pkwy',
  square: 'sq',
  trail: 'trl',
  turnpike: 'tpke',
  expressway: 'expy',
  freeway: 'fwy',
  mount: 'mt',
  route: 'rte',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  northeast: 'ne',
  northwest: 'nw',
  southeast: 'se',
  southwest: 'sw',
  apartment: '#',
  apt: '#',
  unit: '#',
  suite: '#',
  ste: '#',
};

/** Lower case, accents dropped, apostrophes removed (O'Brien = OBrien), other punctuation → space, single spaces. */
function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/#/g, ' # ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** First name without trailing middle initials: "Pat J." = "Pat". Nicknames are not merged (Pat ≠ Patrick). */
export function normaliseFirstName(firstName: string): string {
  const words = plain(firstName).split(' ').filter(Boolean);
  while (words.length > 1 && words[words.length - 1].length === 1) words.pop();
  return words.join(' ');
}

/** Last name: case, accents and punctuation only; "Jr"/"Sr" are kept (a father and son share an address). */
export function normaliseLastName(lastName: string): string {
  return plain(lastName);
}

/** "742 Evergreen Terrace, Apt. 4" = "742 evergreen ter # 4"; "P.O. Box 12" = "Post Office Box 12" = "po box 12". */
export function normaliseStreet(street: string): string {
  const words = plain(street)
    .replace(/\bpost office box\b/g, 'po box')
    .replace(/\bp o box\b/g, 'po box')
    .split(' ')
    .filter(Boolean);
  return words.map((word) => STREET_WORDS[word] ?? word).join(' ');
}

/** US ZIP or ZIP+4 → its first 5 digits; a foreign postal code → letters and digits only, lower case. */
export function normaliseZip(zip: string): string {
  const trimmed = zip.trim();
  const us = /^(\d{5})(?:[\s-]?\d{4})?$/.exec(trimmed);
  return us ? us[1] : trimmed.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Email: trimmed and lower case. Provider tricks (Gmail dots, "+tags") are not undone: they are different inboxes elsewhere. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const digest = (...parts: string[]) => createHash('sha256').update(parts.join('|')).digest('hex');

/** FEC-03: the keys under which this person's gifts aggregate (see DonorKey for what is compared). */
export function donorKey(identity: DonorIdentity): DonorKey {
  const first = normaliseFirstName(identity.firstName);
  const last = normaliseLastName(identity.lastName);
  return {
    byAddress: digest('address', first, last, normaliseStreet(identity.street), normaliseZip(identity.zip)),
    byEmail: digest('email', first, last, normaliseEmail(identity.email)),
  };
}

/** Whether two gifts' keys are the same donor: either key matches. */
export function isSameDonor(a: DonorKey, b: DonorKey): boolean {
  return a.byAddress === b.byAddress || a.byEmail === b.byEmail;
}
