import { DEFAULT_LOCALE, isSupportedLocale, SUPPORTED_LOCALES } from './locales';

export interface CommitteeSettings {
  committeeName: string;
  disclaimer: string;
  defaultTimeZone: string;
  supportedLocales: string[];
}

export type SettingsProblem = { path: string; message: string };

export function isIanaTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks the fields present in a (possibly partial) settings write; returns every problem found. */
export function findSettingsProblems(settings: Partial<CommitteeSettings>): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if ('committeeName' in settings && !settings.committeeName?.trim()) {
    problems.push({ path: 'committeeName', message: 'The committee name is required.' });
  }
  if ('disclaimer' in settings && !settings.disclaimer?.trim()) {
    problems.push({ path: 'disclaimer', message: 'The "Paid for by" disclaimer is required on public pages (FEC-15).' });
  }
  if ('defaultTimeZone' in settings && !isIanaTimeZone(settings.defaultTimeZone)) {
    problems.push({ path: 'defaultTimeZone', message: 'Use an IANA time zone such as America/New_York.' });
  }
  if ('supportedLocales' in settings) {
    const locales = settings.supportedLocales;
    if (!Array.isArray(locales) || locales.length === 0 || !locales.every(isSupportedLocale)) {
      problems.push({ path: 'supportedLocales', message: `Choose one or more of: ${SUPPORTED_LOCALES.join(', ')}.` });
    } else if (!locales.includes(DEFAULT_LOCALE)) {
      problems.push({ path: 'supportedLocales', message: `The default locale (${DEFAULT_LOCALE}) cannot be turned off.` });
    } else if (new Set(locales).size !== locales.length) {
      problems.push({ path: 'supportedLocales', message: 'Each locale may be listed once.' });
    }
  }
  return problems;
}

export function defaultCommitteeSettings(env: NodeJS.ProcessEnv): CommitteeSettings {
  const committeeName = env.COMMITTEE_NAME || 'MyMitt for America';
  return {
    committeeName,
    disclaimer: env.COMMITTEE_DISCLAIMER || `Paid for by ${committeeName}.`,
    defaultTimeZone: env.COMMITTEE_TIME_ZONE || 'America/New_York',
    supportedLocales: [...SUPPORTED_LOCALES],
  };
}
