import { createHash } from 'crypto';
import { foldConfusables } from './confusables';

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
 * people sharing a household email (spouses, each with their own limit) or an address (roommates) stay
 * separate donors. A gift belongs to a donor when EITHER key matches, or the account or card does (see
 * DonorSignals).
 * - byAddress = sha256 of skeleton first name | last name | street | ZIP (first 5 digits)
 * - byEmail   = sha256 of skeleton first name | last name | email
 * Each part is compared as its skeleton (see `skeleton`) with every space and punctuation mark removed,
 * so no invisible character, look-alike letter, accent, width, case or spacing makes a second donor.
 */
export interface DonorKey {
  byAddress: string;
  byEmail: string;
}

/**
 * Everything that marks gifts as one person's (FEC-03); absent or null = not known for that gift.
 * Two gifts sharing ANY signal are one donor, and the relation is transitive (donor-clusters.ts).
 */
export interface DonorSignals {
  byAddress?: string | null;
  byEmail?: string | null;
  /** The signed-in supporter account that gave: one account is one person. */
  userId?: number | null;
  /**
   * Stripe's fingerprint of the card number, known once a card gift is paid. The donor affirms the card
   * is their own personal card, not one issued to another person (FEC-08), so one card is one person.
   */
  cardFingerprint?: string | null;
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

/**
 * Characters that print as nothing: Unicode's default-ignorable code points (zero-width space, ZWNJ,
 * ZWJ, word joiner, soft hyphen, BOM, variation selectors, Hangul fillers, …), every other format
 * character (bidi controls, invisible operators) and the blank Braille pattern.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/gu;
const MARKS = /\p{M}/gu;
/** Apostrophes, typed or as modifier letters (ʼ ʻ ′): O'Brien = OBrien. */
const APOSTROPHES = /['‘’‛`´′\u02B9-\u02FF]/gu;
/** Anything that is not a letter or digit of any script (spaces of every kind, punctuation, symbols). */
const SEPARATORS = /[^\p{L}\p{N}#]+/u;

/**
 * Text as a reader sees it, in one spelling: compatibility forms to their plain letters (NFKC:
 * full-width "Ａｎｎ" = "Ann"), invisible characters dropped, accents stripped (NFD, then no combining
 * marks), letters of other alphabets that pass for Latin folded to it (confusables.ts), lower case.
 */
export function skeleton(text: string): string {
  const bare = text.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '').normalize('NFD').replace(MARKS, '');
  // Folded before and after lower-casing: some capitals look Latin while their small letters do not.
  return foldConfusables(foldConfusables(bare).toLowerCase());
}

/** The words of a text's skeleton: apostrophes removed, every other non-letter a break, "#" a word of its own. */
function words(text: string): string[] {
  return skeleton(text).replace(APOSTROPHES, '').replace(/#/g, ' # ').split(SEPARATORS).filter(Boolean);
}

/** First name without trailing middle initials: "Pat J." = "Pat". Nicknames are not merged (Pat ≠ Patrick). */
export function normaliseFirstName(firstName: string): string {
  const parts = words(firstName);
  while (parts.length > 1 && parts[parts.length - 1].length === 1) parts.pop();
  return parts.join(' ');
}

/** Last name: its skeleton words; "Jr"/"Sr" are kept (a father and son share an address). */
export function normaliseLastName(lastName: string): string {
  return words(lastName).join(' ');
}

/**
 * "742 Evergreen Terrace, Apt. 4" = "742 evergreen ter # 4"; "P.O. Box 12" = "Post Office Box 12" = "po box 12".
 * In a word with a digit, o and l are the digits they pass for ("1O" = "10", "l2" = "12").
 */
export function normaliseStreet(street: string): string {
  return words(street)
    .join(' ')
    .replace(/\bpost office box\b/g, 'po box')
    .replace(/\bp o box\b/g, 'po box')
    .split(' ')
    .map((word) => STREET_WORDS[word] ?? (/\d/.test(word) ? word.replace(/o/g, '0').replace(/l/g, '1') : word))
    .join(' ');
}

/** US ZIP or ZIP+4 → its first 5 digits; a foreign postal code → letters and digits only, lower case. */
export function normaliseZip(zip: string): string {
  const trimmed = zip.replace(INVISIBLE, '').normalize('NFKC').trim();
  const us = /^(\d{5})(?:[\s-]?\d{4})?$/.exec(trimmed);
  return us ? us[1] : words(trimmed).join('');
}

/**
 * Email: its skeleton without any whitespace (look-alike letters and invisible characters make no new
 * address). Provider tricks (Gmail dots, "+tags") are not undone: they are different inboxes elsewhere.
 */
export function normaliseEmail(email: string): string {
  return skeleton(email).replace(/\s+/gu, '');
}

/** Bumped whenever normalisation changes: keys of two versions never match (see DECISIONS: recomputing keys). */
export const DONOR_KEY_VERSION = 2;

const digest = (...parts: string[]) =>
  createHash('sha256')
    .update([`v${DONOR_KEY_VERSION}`, ...parts].join('|'))
    .digest('hex');
/** A normalised part as compared: no spaces at all ("Mary Ann" = "MaryAnn", "Van Buren" = "VanBuren"). */
const compact = (part: string) => part.replace(/ /g, '');

/** FEC-03: the keys under which this person's gifts aggregate (see DonorKey for what is compared). */
export function donorKey(identity: DonorIdentity): DonorKey {
  const first = compact(normaliseFirstName(identity.firstName));
  const last = compact(normaliseLastName(identity.lastName));
  return {
    byAddress: digest('address', first, last, compact(normaliseStreet(identity.street)), normaliseZip(identity.zip)),
    byEmail: digest('email', first, last, normaliseEmail(identity.email)),
  };
}

/**
 * The signals as tagged strings (`a:` address key, `e:` email key, `u:` account, `c:` card): the nodes of
 * the donor union-find and the names of a donor's advisory locks.
 */
export function signalKeys(signals: DonorSignals): string[] {
  const keys: string[] = [];
  if (signals.byAddress) keys.push(`a:${signals.byAddress}`);
  if (signals.byEmail) keys.push(`e:${signals.byEmail}`);
  if (signals.userId !== null && signals.userId !== undefined) keys.push(`u:${signals.userId}`);
  if (signals.cardFingerprint) keys.push(`c:${signals.cardFingerprint}`);
  return keys;
}

/** Whether two gifts are directly one donor's: any signal in common. */
export function isSameDonor(a: DonorSignals, b: DonorSignals): boolean {
  const theirs = new Set(signalKeys(b));
  return signalKeys(a).some((key) => theirs.has(key));
}
