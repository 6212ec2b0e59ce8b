import {
  donorKey,
  isSameDonor,
  normaliseEmail,
  normaliseFirstName,
  normaliseStreet,
  skeleton,
} from '../../../plugins/mymitt-fundraising/server/src/domain/donor-key';
import { CONFUSABLE_LETTERS, foldConfusables } from '../../../plugins/mymitt-fundraising/server/src/domain/confusables';
import { donorClusters } from '../../../plugins/mymitt-fundraising/server/src/domain/donor-clusters';
import { ANNA, EMAIL_SPELLINGS, EMAIL_SPOOFS, NAME_SPELLINGS, STREET_SPELLINGS } from '../donor-spellings';

const anna = donorKey(ANNA);

describe('FEC-03 donor keys hold against spelling tricks', () => {
  it.each(NAME_SPELLINGS)('a name respelled ($label) has both of her keys', ({ changes }) => {
    expect(donorKey({ ...ANNA, ...changes })).toEqual(anna);
  });

  it.each(STREET_SPELLINGS)('a street respelled ($label) has her address key', ({ changes }) => {
    expect(donorKey({ ...ANNA, ...changes }).byAddress).toBe(anna.byAddress);
  });

  it.each(EMAIL_SPELLINGS)('an email respelled ($label) has her email key', ({ changes }) => {
    expect(donorKey({ ...ANNA, ...changes }).byEmail).toBe(anna.byEmail);
  });

  it.each(EMAIL_SPOOFS)('a look-alike email (%j) has her email key', (email) => {
    expect(normaliseEmail(email)).toBe(ANNA.email);
    expect(donorKey({ ...ANNA, email }).byEmail).toBe(anna.byEmail);
  });

  it('the skeleton drops invisible characters and marks, folds width, look-alikes and case', () => {
    expect(skeleton('A\u200B\u200C\u200D\u2060\u00AD\uFEFF\uFE0Fnna')).toBe('anna');
    expect(skeleton('\uFF21\uFF4E\uFF4E\uFF41')).toBe('anna');
    expect(skeleton('Ćórbéţţ')).toBe('corbett');
    expect(skeleton('\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425')).toBe('abekmhopctx');
    expect(skeleton('\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7')).toBe('abezhikmnoptyx');
    expect(skeleton('Strauß')).toBe(skeleton('STRAUSS'));
    expect(skeleton('Łukasz Søren')).toBe('lukasz soren');
  });

  it('the look-alike table maps single characters to Latin letters or digits only', () => {
    for (const [from, to] of Object.entries(CONFUSABLE_LETTERS)) {
      expect([...from]).toHaveLength(1);
      expect(to).toMatch(/^[A-Za-z0-9]{1,2}$/);
      expect(foldConfusables(from)).toBe(to);
    }
  });

  it('keeps the readable forms: initials dropped, street words abbreviated, digits in house numbers', () => {
    expect(normaliseFirstName(' PAT J. ')).toBe('pat');
    expect(normaliseStreet('1O3O Evergreen Terrace, Apt. 4')).toBe('1030 evergreen ter # 4');
    expect(normaliseStreet('12 North Main Street')).toBe('12 n main st');
  });

  it('still keeps different people apart: another first name, a Jr, a spouse sharing the email and address', () => {
    expect(isSameDonor(anna, donorKey({ ...ANNA, firstName: 'Ann' }))).toBe(false);
    expect(isSameDonor(anna, donorKey({ ...ANNA, firstName: 'Mark' }))).toBe(false);
    expect(isSameDonor(donorKey({ ...ANNA, lastName: 'Corbett Jr.' }), donorKey({ ...ANNA, lastName: 'Corbett Sr.' }))).toBe(false);
    expect(isSameDonor(anna, donorKey({ ...ANNA, firstName: 'Anna', lastName: 'Corbet' }))).toBe(false);
  });

  it('one account or one card is one donor, whatever name each gift carries', () => {
    const mark = donorKey({ ...ANNA, firstName: 'Mark', email: 'mark@example.org' });
    expect(isSameDonor({ ...anna, userId: 7 }, { ...mark, userId: 7 })).toBe(true);
    expect(isSameDonor({ ...anna, cardFingerprint: 'fp1' }, { ...mark, cardFingerprint: 'fp1' })).toBe(true);
    expect(isSameDonor({ ...anna, userId: 7, cardFingerprint: 'fp1' }, { ...mark, userId: 8, cardFingerprint: 'fp2' })).toBe(false);
  });
});

describe('FEC-03 donor clusters join gifts on any signal, transitively', () => {
  it('address ~ card ~ account ~ email make one donor; a stranger stays apart', () => {
    const rows = [
      { donorKey: 'addr-1', donorEmailKey: 'email-1', userId: null, cardFingerprint: 'card-1' },
      { donorKey: 'addr-2', donorEmailKey: 'email-2', userId: 5, cardFingerprint: 'card-1' },
      { donorKey: 'addr-3', donorEmailKey: 'email-3', userId: 5, cardFingerprint: null },
      { donorKey: 'addr-4', donorEmailKey: 'email-3', userId: null, cardFingerprint: null },
      { donorKey: 'addr-9', donorEmailKey: 'email-9', userId: 9, cardFingerprint: 'card-9' },
    ];
    const donorOf = donorClusters(rows);
    const names = rows.map(donorOf);
    expect(new Set(names.slice(0, 4)).size).toBe(1);
    expect(names[4]).not.toBe(names[0]);
    // The name does not depend on the order rows came in.
    expect(donorClusters([...rows].reverse())(rows[3])).toBe(names[0]);
  });
});
