import { z } from '@strapi/utils';
import { VISIBILITIES } from '../domain/profile-visibility';
import { INTERESTS } from '../validators/profile';
import { imageView, instant } from './common';

/** GET /meta: the plugin's public description and settings. */
export const pluginMeta = z.object({
  plugin: z.string(),
  displayName: z.string(),
  description: z.string(),
  settings: z.object({
    activityWindowDays: z.number().int(),
    pointsPerLevel: z.number().int(),
    maxLevel: z.number().int(),
  }),
});

const interests = z.array(z.enum(INTERESTS)).nullable();

/** What anyone the visibility lets in sees of a profile. */
const publicProfileFields = {
  documentId: z.string(),
  displayName: z.string(),
  slug: z.string(),
  bio: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  interests,
  avatar: imageView.nullable(),
};

/** /profiles/me (GET, PUT, avatar): the supporter's own profile, private fields included. */
export const ownProfile = z.object({
  ...publicProfileFields,
  zip: z.string().nullable(),
  visibility: z.enum(VISIBILITIES),
  phone: z.string().nullable(),
  streetAddress: z.string().nullable(),
  leaderboardOptIn: z.boolean(),
});

const breakdownLine = z.object({
  kind: z.string(),
  count: z.number().int(),
  pointsEach: z.number().int(),
  points: z.number().int(),
});

const badge = z.object({
  badge: z.string(),
  tier: z.number().int(),
  value: z.number().int(),
  nextThreshold: z.number().int().nullable(),
});

const standingFields = {
  level: z.number().int(),
  maxLevel: z.number().int(),
  breakdown: z.array(breakdownLine),
  badges: z.array(badge),
};

/** GET /profiles/me/standing: level over the recent window with its breakdown, and lifetime badges. */
export const standing = z.object({
  ...standingFields,
  points: z.number().int(),
  pointsToNextLevel: z.number().int(),
  windowDays: z.number().int(),
  windowStartsAt: instant,
});

/** GET /profiles/:slug: the visible profile with its public record. */
export const publicProfile = z.object({ ...publicProfileFields, ...standingFields });

/** GET /leaderboard: one supporter on the board. */
export const leaderboardEntry = z.object({
  rank: z.number().int(),
  displayName: z.string(),
  slug: z.string(),
  state: z.string().nullable(),
  level: z.number().int(),
  points: z.number().int(),
});

/** GET /leaderboard: its `meta` also names the state it was narrowed to (null: the whole country). */
export const leaderboardMeta = { state: z.string().nullable() };
