import zipcodes from 'zipcodes';
import tzLookup from 'tz-lookup';
import { areaCodeOf } from './phone';

/**
 * Area codes of the main US zones, used only when a contact's ZIP is missing or unknown. Area codes
 * that straddle two zones are left out on purpose (unknown zone → the cautious default window).
 */
const AREA_CODES: Record<string, string> = {};
const zone = (tz: string, codes: string) => codes.split(' ').forEach((code) => (AREA_CODES[code] = tz));
zone(
  'America/New_York',
  '201 202 203 207 212 215 216 234 239 240 267 276 301 302 303x 304 305 315 321 330 336 339 347 351 352 380 386 401 404 407 410 412 413 415x ' +
    '419 434 440 443 470 475 478 484 508 513 516 517 518 540 551 561 567 570 571 585 586 603 607 609 610 614 617 631 646 678 703 704 706 ' +
    '716 717 718 724 727 732 734 740 754 757 770 772 774 781 786 802 803 804 813 828 835 843 845 848 856 857 859x 860 862 863 864 878 904 ' +
    '908 910 914 917 919 929 937 941 954 973 978 980 984'
);
zone(
  'America/Chicago',
  '205 210 214 217 218 219x 224 225 228 251 254 256 262 281 309 312 314 316 318 319 320 334 337 361 402 405 409 414 417 ' +
    '430 432 469 479 501 504 507 512 515 563 573 601 608 612 615 618 620 630 636 641 651 662 682 708 712 713 715 731 763 773 779 785 815 816 ' +
    '817 830 832 847 870 872 901 903 913 918 920 936 940 952 956 972 979'
);
zone('America/Denver', '303 307 385 406 435 505 575 719 720 801 970');
zone('America/Phoenix', '480 520 602 623 928');
zone(
  'America/Los_Angeles',
  '206 209 213 253 310 323 360 408 415 424 425 442 503 509 510 530 541 559 562 619 626 650 657 661 669 702 707 714 ' +
    '725 747 760 775 805 818 831 858 909 916 925 949 951 971'
);
zone('America/Anchorage', '907');
zone('Pacific/Honolulu', '808');
for (const code of Object.keys(AREA_CODES)) if (code.endsWith('x')) delete AREA_CODES[code];

/** IANA zone of a US ZIP (first 5 digits) through its coordinates, or null when the ZIP is unknown. */
export function timeZoneOfZip(zip: string | null | undefined): string | null {
  const five = String(zip ?? '')
    .trim()
    .slice(0, 5);
  if (!/^\d{5}$/.test(five)) return null;
  const place = zipcodes.lookup(five);
  if (!place || !Number.isFinite(place.latitude) || !Number.isFinite(place.longitude)) return null;
  try {
    return tzLookup(place.latitude, place.longitude);
  } catch {
    return null;
  }
}

/** The state of a US ZIP, when known (used when a CSV row gives no state). */
export function stateOfZip(zip: string | null | undefined): string | null {
  const five = String(zip ?? '')
    .trim()
    .slice(0, 5);
  if (!/^\d{5}$/.test(five)) return null;
  return zipcodes.lookup(five)?.state ?? null;
}

/** Zone of a contact: from its ZIP, else from its primary phone's area code, else null (unknown). */
export function timeZoneOfContact(zip: string | null | undefined, phoneE164: string | null | undefined): string | null {
  return timeZoneOfZip(zip) ?? (phoneE164 ? (AREA_CODES[areaCodeOf(phoneE164)] ?? null) : null);
}
