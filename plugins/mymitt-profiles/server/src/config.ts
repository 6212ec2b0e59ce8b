import { z } from '@strapi/utils';
import { ACTIVITY_KINDS, type ActivityKind } from './domain/activity-sources';

const weights = z.object(
  Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, z.number().int().min(0).max(1000)])) as Record<ActivityKind, z.ZodNumber>
);

const badgeLadder = z
  .object({
    badge: z.string().regex(/^[a-z0-9-]+$/),
    kinds: z.array(z.enum(ACTIVITY_KINDS as [ActivityKind, ...ActivityKind[]])).min(1),
    measure: z.enum(['count', 'amountCents']),
    thresholds: z
      .array(z.number().int().positive())
      .min(1)
      .refine((t) => t.every((v, i) => i === 0 || v > t[i - 1]), 'thresholds must rise'),
  })
  .strict();

/** What staff may change in the admin (Settings → Supporters); the plugin config gives the defaults. */
export const settingsSchema = z
  .object({
    /** Days of activity that count toward a level: recent, not lifetime (see README). */
    activityWindowDays: z.number().int().min(1).max(3650),
    pointsPerLevel: z.number().int().min(1).max(1000),
    /** Points per action, by activity kind; a reversal (refund) subtracts them again. */
    activityWeights: weights.strict(),
    badgeLadders: z.array(badgeLadder).max(50),
    /** Whether events hosted by supporters wait for staff approval before they are listed. */
    requireEventApproval: z.boolean(),
  })
  .strict();

const configSchema = settingsSchema
  .extend({
    avatarMaxBytes: z.number().int().min(10_000).max(20_000_000),
  })
  .strict();

export type ProfilesSettings = z.infer<typeof settingsSchema>;
export type ProfilesConfig = z.infer<typeof configSchema>;

export const MAX_LEVEL = 10;

export const defaultConfig: ProfilesConfig = {
  activityWindowDays: 90,
  pointsPerLevel: 10,
  activityWeights: {
    'event.hosted': 15,
    'event.rsvp': 1,
    'event.attended': 5,
    'call.completed': 1,
    'callday.joined': 3,
    'donation.given': 3,
    'funds.raised': 15,
    'page.created': 5,
    'order.paid': 1,
    'post.published': 2,
    'group.joined': 1,
    'supporter.recruited': 10,
  },
  badgeLadders: [
    { badge: 'host', kinds: ['event.hosted'], measure: 'count', thresholds: [1, 3, 10] },
    { badge: 'caller', kinds: ['call.completed'], measure: 'count', thresholds: [10, 100, 1000] },
    { badge: 'fundraiser', kinds: ['funds.raised'], measure: 'amountCents', thresholds: [10_000, 100_000, 1_000_000] },
    { badge: 'recruiter', kinds: ['supporter.recruited'], measure: 'count', thresholds: [1, 5, 25] },
    { badge: 'blogger', kinds: ['post.published'], measure: 'count', thresholds: [1, 10, 50] },
  ],
  requireEventApproval: false,
  avatarMaxBytes: 2_000_000,
};

export function publicSettings(config: ProfilesSettings) {
  return { activityWindowDays: config.activityWindowDays, pointsPerLevel: config.pointsPerLevel, maxLevel: MAX_LEVEL };
}

export default {
  default: defaultConfig,
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
