/**
 * Checks on what finance staff type into the content manager, beyond the schema's required fields:
 * a wrong limit or date range would silently let gifts through or refuse them all. Only the fields
 * present are checked (an update may carry a few).
 */
export interface SettingsProblem {
  path: string;
  message: string;
}

type Fields = Record<string, unknown>;

const has = (data: Fields, key: string) => data[key] !== undefined && data[key] !== null && data[key] !== '';

function centsProblem(data: Fields, key: string, label: string, { positive }: { positive: boolean }): SettingsProblem[] {
  if (!has(data, key)) return [];
  const cents = Number(data[key]);
  if (!Number.isSafeInteger(cents) || cents < 0 || (positive && cents === 0)) {
    return [{ path: key, message: `${label} must be a whole number of cents${positive ? ' above 0' : ', 0 or more'}.` }];
  }
  return [];
}

function orderProblem(data: Fields, fromKey: string, toKey: string, message: string): SettingsProblem[] {
  if (!has(data, fromKey) || !has(data, toKey)) return [];
  return new Date(String(data[toKey])).getTime() < new Date(String(data[fromKey])).getTime() ? [{ path: toKey, message }] : [];
}

export function findLimitProblems(data: Fields): SettingsProblem[] {
  return [
    ...centsProblem(data, 'perElectionCents', 'The per-election limit', { positive: true }),
    ...centsProblem(data, 'itemizationThresholdCents', 'The itemization threshold', { positive: true }),
    ...centsProblem(data, 'cashMaxCents', 'The cash maximum', { positive: false }),
    ...centsProblem(data, 'anonymousCashMaxCents', 'The anonymous cash maximum', { positive: false }),
    ...orderProblem(data, 'effectiveFrom', 'effectiveTo', 'effectiveTo must not be before effectiveFrom.'),
  ];
}

export function findElectionProblems(data: Fields): SettingsProblem[] {
  return centsProblem(data, 'netDebtsOutstandingCents', 'Net debts outstanding', { positive: false });
}

export function findCampaignProblems(data: Fields): SettingsProblem[] {
  const problems = [
    ...centsProblem(data, 'goalCents', 'The goal', { positive: false }),
    ...centsProblem(data, 'defaultPageGoalCents', 'The default page goal', { positive: false }),
    ...orderProblem(data, 'startsAt', 'endsAt', 'endsAt must not be before startsAt.'),
  ];
  if (has(data, 'presetAmountsCents')) {
    const presets = data.presetAmountsCents;
    const valid =
      Array.isArray(presets) && presets.length >= 1 && presets.length <= 8 && presets.every((c) => Number.isSafeInteger(c) && c > 0);
    if (!valid)
      problems.push({
        path: 'presetAmountsCents',
        message: 'Preset amounts are a list of 1 to 8 whole numbers of cents, e.g. [2500, 5000, 10000].',
      });
  }
  return problems;
}
