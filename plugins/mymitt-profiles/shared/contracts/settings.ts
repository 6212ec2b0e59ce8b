import type { ActivityKindName } from './reports';

/** GET / PUT /mymitt-profiles/settings (read: ACTIONS.read, write: ACTIONS.settingsUpdate). PUT takes the complete set. */
export interface BadgeLadder {
  /** Lowercase letters, digits and dashes. */
  badge: string;
  kinds: ActivityKindName[];
  measure: 'count' | 'amountCents';
  /** Positive integers, strictly rising: tier n is earned at thresholds[n - 1]. */
  thresholds: number[];
}

export interface ProfilesSettingsBody {
  activityWindowDays: number;
  pointsPerLevel: number;
  activityWeights: Record<ActivityKindName, number>;
  badgeLadders: BadgeLadder[];
  requireEventApproval: boolean;
}

export interface ProfilesSettingsResponse {
  data: ProfilesSettingsBody;
}
