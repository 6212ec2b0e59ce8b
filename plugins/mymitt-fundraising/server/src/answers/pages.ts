import { instant } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';

const pageStatus = z.enum(['pending', 'published', 'rejected', 'closed']);
const thermometer = z.object({
  raisedCents: z.number().int(),
  goalCents: z.number().int(),
  percent: z.number().int(),
  donorCount: z.number().int(),
  giftCount: z.number().int(),
});
const teamRef = z.object({ slug: z.string(), name: z.string() }).nullable();

/** What the owner sees of their page (POST /pages, PATCH, close, team, GET /pages/mine items). */
export const ownPage = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  story: z.string(),
  storyHtml: z.string(),
  status: pageStatus,
  rejectionReason: z.string().nullable(),
  goalCents: z.number().int(),
  state: z.string().nullable(),
  team: teamRef,
  thermometer,
  donors: z.array(z.object({ name: z.string(), anonymous: z.boolean(), amountCents: z.number().int(), givenAt: instant })),
});

/** POST /pages/:documentId/updates (201). */
export const pageUpdate = z.object({ html: z.string(), postedAt: instant });

/** GET /pages/:slug (its `meta` carries the committee's disclaimer and name). */
export const publicPage = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  storyHtml: z.string(),
  image: z
    .object({
      url: z.string(),
      alternativeText: z.string().nullable(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
    })
    .nullable(),
  owner: z.object({ displayName: z.string().optional() }),
  goalCents: z.number().int(),
  status: pageStatus,
  isClosed: z.boolean(),
  state: z.string().nullable(),
  team: teamRef,
  thermometer,
  honorRoll: z.array(z.object({ displayName: z.string(), amountCents: z.number().int(), givenAt: instant })),
  updates: z.array(z.object({ html: z.string(), postedAt: instant })),
});

/** POST /teams (201). */
export const ownTeam = z.object({
  documentId: z.string(),
  slug: z.string(),
  name: z.string(),
  goalCents: z.number().int(),
  state: z.string().nullable(),
});

/** GET /teams/:slug (its `meta` carries the committee's disclaimer and name). */
export const publicTeam = z.object({
  documentId: z.string(),
  slug: z.string(),
  name: z.string(),
  state: z.string().nullable(),
  captain: z.object({ displayName: z.string().optional() }),
  goalCents: z.number().int(),
  thermometer,
  memberCount: z.number().int(),
  pages: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      ownerDisplayName: z.string().optional(),
      goalCents: z.number().int(),
      raisedCents: z.number().int(),
      isClosed: z.boolean(),
    })
  ),
});

/** GET /leaderboards/pages: one ranked page. */
export const pageRanking = z.object({
  rank: z.number().int(),
  slug: z.string(),
  title: z.string(),
  state: z.string().nullable(),
  ownerDisplayName: z.string().optional(),
  raisedCents: z.number().int(),
  goalCents: z.number().int(),
});

/** GET /leaderboards/teams: one ranked team. */
export const teamRanking = z.object({
  rank: z.number().int(),
  slug: z.string(),
  name: z.string(),
  state: z.string().nullable(),
  raisedCents: z.number().int(),
  goalCents: z.number().int(),
  memberCount: z.number().int(),
});

/** The public page and team answers' `meta`: the committee's "Paid for by" disclaimer (FEC-15). */
export const disclaimerMeta = { disclaimer: z.string().nullable(), committeeName: z.string().nullable() };
