import { createHash } from 'node:crypto';
import {
  AFFIRMATION_KEYS,
  AFFIRMATION_TEXTS,
  BEST_EFFORTS_STATEMENT,
  NOT_TAX_DEDUCTIBLE_STATEMENT,
  REDESIGNATION_CONSENT_TEMPLATE,
  type AffirmationKey,
} from './affirmations';

/** The locales supporter-facing fundraising texts are answered in; English is the legal original. */
export const FORM_LOCALES = ['en', 'es'] as const;
export type FormLocale = (typeof FORM_LOCALES)[number];

/** Every text of the contribution form staff translate: the five affirmations and the three statements. */
export const FORM_TEXT_KEYS = [...AFFIRMATION_KEYS, 'bestEffortsStatement', 'notTaxDeductibleStatement', 'redesignationConsent'] as const;
export type FormTextKey = (typeof FORM_TEXT_KEYS)[number];
export type FormTexts = Record<FormTextKey, string>;

/** `{limit}`, `{election}` and `{nextElection}` in the redesignation sentence (all three are required). */
export const REDESIGNATION_PLACEHOLDERS = ['{limit}', '{election}', '{nextElection}'] as const;

/** What staff saved in the admin: the Spanish of each text (null: not translated) and which English version it translates. */
export interface SpanishFormTexts {
  translatesVersion: string;
  texts: Partial<Record<FormTextKey, string | null>>;
}

export function englishFormTexts(version: string): FormTexts {
  return {
    ...AFFIRMATION_TEXTS[version],
    bestEffortsStatement: BEST_EFFORTS_STATEMENT,
    notTaxDeductibleStatement: NOT_TAX_DEDUCTIBLE_STATEMENT,
    redesignationConsent: REDESIGNATION_CONSENT_TEMPLATE,
  };
}

/**
 * Seeded at first boot (staff review and edit it in the admin). Translation of affirmations version
 * 2025-11; the wording follows the Spanish forms of US federal committees.
 */
export const DEFAULT_SPANISH_FORM_TEXTS: SpanishFormTexts = {
  translatesVersion: '2025-11',
  texts: {
    citizenOrGreenCard:
      'Soy ciudadano/a de los Estados Unidos o residente permanente legal (es decir, titular de una tarjeta de residencia permanente o «green card»).',
    ownFunds:
      'Esta contribución se hace con mis propios fondos, y ninguna otra persona o entidad me está proporcionando fondos con el fin de hacer esta contribución.',
    ownPersonalCard:
      'Hago esta contribución con mi propia tarjeta de crédito personal y no con una tarjeta de crédito corporativa o de empresa ni con una tarjeta emitida a nombre de otra persona.',
    atLeast18: 'Tengo por lo menos dieciocho años de edad.',
    notFederalContractor: 'No soy contratista del gobierno federal.',
    bestEffortsStatement:
      'La ley federal nos exige hacer todo lo posible por obtener y declarar el nombre, la dirección postal, la ocupación y el nombre del empleador de las personas cuyas contribuciones superen los $200 en un ciclo electoral.',
    notTaxDeductibleStatement: 'Las contribuciones a comités políticos no son deducibles de impuestos.',
    redesignationConsent:
      'Si alguna parte de mi contribución supera el límite de {limit} para la {election}, acepto que el excedente, hasta {limit} adicionales, se redesigne a la {nextElection}.',
  },
};

export interface LocalizedFormTexts {
  locale: FormLocale;
  texts: FormTexts;
  /** Texts answered in English because their Spanish is missing (or translates an older English version). */
  fallbacks: FormTextKey[];
  /** Identifies the five affirmation texts answered (see affirmationsVersionOf). */
  affirmationsVersion: string;
}

/**
 * The form's texts in `locale`: each Spanish text staff saved for the current English version, else
 * the English one (listed in `fallbacks`). Affirmations translated for an older English version are
 * not used: their legal meaning may differ from the current English.
 */
export function localizeFormTexts(locale: FormLocale, spanish: SpanishFormTexts | null, currentVersion: string): LocalizedFormTexts {
  const english = englishFormTexts(currentVersion);
  if (locale === 'en') return { locale, texts: english, fallbacks: [], affirmationsVersion: currentVersion };
  const texts = { ...english };
  const fallbacks: FormTextKey[] = [];
  for (const key of FORM_TEXT_KEYS) {
    const translated = spanish?.texts[key]?.trim();
    const current = spanish?.translatesVersion === currentVersion || !(AFFIRMATION_KEYS as readonly string[]).includes(key);
    if (translated && current) texts[key] = translated;
    else fallbacks.push(key);
  }
  return { locale, texts, fallbacks, affirmationsVersion: affirmationsVersionOf(currentVersion, texts) };
}

const SPANISH_VERSION = /^(.+)\+es\.([0-9a-f]{12})$/;

/**
 * The affirmations version a donor sends back names the exact text they ticked: the English version
 * when all five are the English wording; else `<english version>+es.<12 hex of sha256>` of the five
 * texts shown, which changes whenever staff change a Spanish wording.
 */
export function affirmationsVersionOf(englishVersion: string, texts: Record<AffirmationKey, string>): string {
  const english = AFFIRMATION_TEXTS[englishVersion];
  if (AFFIRMATION_KEYS.every((key) => texts[key] === english[key])) return englishVersion;
  const digest = createHash('sha256')
    .update(JSON.stringify(AFFIRMATION_KEYS.map((key) => texts[key])))
    .digest('hex');
  return `${englishVersion}+es.${digest.slice(0, 12)}`;
}

/** A version string of either form (its Spanish wording must still be found in the archive). */
export function isAffirmationsVersionShape(version: string): boolean {
  if (version in AFFIRMATION_TEXTS) return true;
  const spanish = SPANISH_VERSION.exec(version);
  return Boolean(spanish && spanish[1] in AFFIRMATION_TEXTS);
}

export function fillRedesignationConsent(template: string, values: { limit: string; election: string; nextElection: string }): string {
  return template
    .replaceAll('{limit}', values.limit)
    .replaceAll('{election}', values.election)
    .replaceAll('{nextElection}', values.nextElection);
}

/** A staff-written name in `locale`: the Spanish one when staff gave it, else the English (a fallback in Spanish). */
export function localizedName(locale: FormLocale, name: string, nameEs: string | null | undefined): { name: string; fallback: boolean } {
  if (locale === 'en') return { name, fallback: false };
  const spanish = nameEs?.trim();
  return spanish ? { name: spanish, fallback: false } : { name, fallback: true };
}
