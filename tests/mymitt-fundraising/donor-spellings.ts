/**
 * One donor, Anna Corbett, and the spellings a hostile reviewer used (or could use) to look like a new
 * person: invisible characters, letters of other alphabets that look Latin, full-width letters, accents,
 * case and spacing. Shared by the pure FEC-03 tests and the donate route test. Name spellings keep her
 * street and email; street spellings are found by the address key, email spellings by the email key.
 */
export const ANNA = {
  firstName: 'Anna',
  lastName: 'Corbett',
  street: '1030 Evergreen Terrace',
  zip: '03301',
  email: 'anna.corbett@example.org',
};

export interface Spelling {
  label: string;
  changes: Partial<typeof ANNA>;
}

export const NAME_SPELLINGS: Spelling[] = [
  { label: 'zero-width space U+200B in the first name', changes: { firstName: 'An\u200Bna' } },
  { label: 'zero-width non-joiner U+200C after the first name', changes: { firstName: 'Anna\u200C' } },
  { label: 'zero-width joiner U+200D in the first name', changes: { firstName: 'A\u200Dnna' } },
  { label: 'word joiner U+2060 in the last name', changes: { lastName: 'Cor\u2060bett' } },
  { label: 'soft hyphen U+00AD in the last name', changes: { lastName: 'Cor\u00ADbett' } },
  { label: 'BOM / zero-width no-break space U+FEFF inside the first name', changes: { firstName: 'An\uFEFFna' } },
  { label: 'variation selector-16 U+FE0F after the first name', changes: { firstName: 'Anna\uFE0F' } },
  { label: 'invisible separator U+2063 in the first name', changes: { firstName: 'An\u2063na' } },
  { label: 'left-to-right mark U+200E in the last name', changes: { lastName: 'Cor\u200Ebett' } },
  { label: 'Mongolian vowel separator U+180E after the last name', changes: { lastName: 'Corbett\u180E' } },
  { label: 'combining grapheme joiner U+034F in the first name', changes: { firstName: 'A\u034Fnna' } },
  { label: 'Hangul filler U+3164 in the first name', changes: { firstName: 'An\u3164na' } },
  { label: 'Cyrillic capital А U+0410 for A', changes: { firstName: '\u0410nna' } },
  { label: 'Cyrillic small а U+0430 for a', changes: { firstName: 'Ann\u0430' } },
  { label: 'Cyrillic С and о in the last name', changes: { lastName: '\u0421\u043Erbett' } },
  { label: 'Cyrillic е in the last name', changes: { lastName: 'Corb\u0435tt' } },
  { label: 'Cyrillic а with a zero-width space', changes: { firstName: '\u0410\u200Bnn\u0430' } },
  { label: 'Greek capital Alpha U+0391 for A', changes: { firstName: '\u0391nna' } },
  { label: 'Greek omicron U+03BF in the last name', changes: { lastName: 'C\u03BFrbett' } },
  { label: 'Greek capitals Ο Β Ε Τ Τ in an all-caps last name', changes: { lastName: 'C\u039FR\u0392\u0395\u03A4\u03A4' } },
  { label: 'Armenian օ U+0585 in the last name', changes: { lastName: 'C\u0585rbett' } },
  { label: 'Cherokee Ꭺ U+13AA for A', changes: { firstName: '\u13AAnna' } },
  { label: 'full-width first name', changes: { firstName: '\uFF21\uFF4E\uFF4E\uFF41' } },
  { label: 'full-width last name', changes: { lastName: '\uFF23\uFF4F\uFF52\uFF42\uFF45\uFF54\uFF54' } },
  { label: 'mathematical bold A U+1D400', changes: { firstName: '\u{1D400}nna' } },
  { label: 'precomposed acute Á', changes: { firstName: '\u00C1nna' } },
  { label: 'combining acute after A', changes: { firstName: 'A\u0301nna' } },
  { label: 'combining diaeresis in the last name', changes: { lastName: 'Corbe\u0308tt' } },
  { label: 'upper and lower case', changes: { firstName: 'ANNA', lastName: 'corbett' } },
  { label: 'spaces around and inside the names', changes: { firstName: '  anna ', lastName: 'Cor bett' } },
  { label: 'no-break space U+00A0 inside the first name', changes: { firstName: 'An\u00A0na' } },
  { label: 'ideographic space U+3000 inside the last name', changes: { lastName: 'Cor\u3000bett' } },
  { label: 'a hyphen inside the last name', changes: { lastName: 'Cor-bett' } },
  { label: 'a middle initial', changes: { firstName: 'Anna J.' } },
];

/** Found by the address key: the email is new each time (see the API test), the street is respelled. */
export const STREET_SPELLINGS: Spelling[] = [
  { label: 'zero-width space in the street', changes: { street: '1030 Ever\u200Bgreen Terrace' } },
  { label: 'soft hyphen in the street', changes: { street: '1030 Ever\u00ADgreen Terrace' } },
  { label: 'Cyrillic Е and Т in the street', changes: { street: '1030 \u0415vergreen \u0422errace' } },
  { label: 'Greek Tau in the street', changes: { street: '1030 Evergreen \u03A4errace' } },
  { label: 'full-width house number', changes: { street: '\uFF11\uFF10\uFF13\uFF10 Evergreen Terrace' } },
  { label: 'Cyrillic З for the digit 3 in the house number', changes: { street: '10\u04170 Evergreen Terrace' } },
  { label: 'letters O and l for the digits 0 and 1 in the house number', changes: { street: 'lO30 Evergreen Terrace' } },
  { label: 'Cyrillic О for the digit 0 in the house number', changes: { street: '1\u041E30 Evergreen Terrace' } },
  { label: 'abbreviation, case and spacing', changes: { street: '1030  EVERGREEN   ter.' } },
  { label: 'ZIP+4', changes: { zip: '03301-1234' } },
];

/** Found by the email key: the address is new each time, the email is respelled. */
export const EMAIL_SPELLINGS: Spelling[] = [
  { label: 'email in upper case', changes: { email: 'ANNA.Corbett@Example.ORG' } },
  { label: 'email with spaces around it', changes: { email: '  anna.corbett@example.org ' } },
  { label: 'email and name both respelled', changes: { email: 'Anna.Corbett@EXAMPLE.org', firstName: '\u0410nn\u0430' } },
];

/**
 * Look-alike emails the donate form refuses outright (400: its email rule accepts ASCII only); the
 * FEC-03 key folds them anyway, for gifts that reach the ledger by another way (offline, imports).
 */
export const EMAIL_SPOOFS = ['anna.corb\u0435tt@example.org', 'anna.corbett\u200B@example.org', '\uFF41nna.corbett@example.org'];
