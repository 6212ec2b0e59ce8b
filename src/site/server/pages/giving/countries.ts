import type { SiteLocale } from '../../locale';

/**
 * ISO 3166-1 countries a donor may live in, named in the page's language by Intl (no table to translate).
 * US territories are US addresses (their state code: PR, GU, VI, AS, MP), so they are not listed apart.
 */
const CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC ' +
  'CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD ' +
  'GE GF GG GH GI GL GM GN GP GQ GR GS GT GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI ' +
  'KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MQ MR MS MT MU MV MW MX MY ' +
  'MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG ' +
  'SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UY UZ VA VC VE VG ' +
  'VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

const TAGS: Record<SiteLocale, string> = { en: 'en-US', es: 'es-US' };
const cache = new Map<SiteLocale, Array<{ value: string; label: string }>>();

/** The United States first, then every other country by its name in this language. */
export function countryOptions(locale: SiteLocale) {
  let options = cache.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([TAGS[locale]], { type: 'region' });
    const collator = new Intl.Collator(TAGS[locale]);
    const others = CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => collator.compare(a.label, b.label));
    options = [{ value: 'US', label: names.of('US') ?? 'United States' }, ...others];
    cache.set(locale, options);
  }
  return options;
}
