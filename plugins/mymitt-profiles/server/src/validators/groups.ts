import { z } from '@strapi/utils';
import { INTERESTS } from './profile';
import { isUsStateCode } from '@mymitt/plugin-kit';
import { US_ZIP } from '../domain/zip-codes';
import { GROUP_ROLES, JOIN_POLICIES } from '../domain/group-membership';

const name = z.string().trim().min(3).max(80);
/** Plain text: clients show it as text (escaped), never as HTML. */
const description = z.string().trim().max(2000).nullable();
const state = z.string().trim().refine(isUsStateCode, 'State must be a US state code such as "NH".').nullable();
const city = z.string().trim().min(1).max(80).nullable();
const zip = z.string().trim().regex(US_ZIP, 'ZIP must be 5 digits or ZIP+4 (12345-6789).').nullable();
const interests = z.array(z.enum(INTERESTS)).max(INTERESTS.length);

const groupFields = { name, description, joinPolicy: z.enum(JOIN_POLICIES), state, city, zip, interests };

/** City and state come from a ZIP when one is given; sending both would leave two answers. */
const hasOneLocationSource = (body: { zip?: string | null; state?: string | null; city?: string | null }) =>
  !(body.zip && (body.state !== undefined || body.city !== undefined));
const oneLocationSource = { path: ['zip'], message: 'Send a ZIP or a city and state, not both: the ZIP sets them.' };

/** POST /groups: what a supporter sets when starting a group (owner, slug and member count are ours). */
export const createGroupBody = z
  .object(groupFields)
  .partial({ description: true, joinPolicy: true, state: true, city: true, zip: true, interests: true })
  .strict()
  .refine(hasOneLocationSource, oneLocationSource);

export type CreateGroupBody = z.infer<typeof createGroupBody>;

/** PUT /groups/:slug: the fields owners and organizers may change; the slug stays as it was. */
export const updateGroupBody = z
  .object(groupFields)
  .partial()
  .strict()
  .refine(hasOneLocationSource, oneLocationSource)
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change.');

export type UpdateGroupBody = z.infer<typeof updateGroupBody>;

/** Join, leave, approve and reject carry no body; anything sent is refused. */
export const emptyBody = z.object({}).strict();

/** PUT /groups/:slug/members/:profileSlug: 'owner' hands the group over. */
export const changeMemberRoleBody = z.object({ role: z.enum(GROUP_ROLES) }).strict();

export type ChangeMemberRoleBody = z.infer<typeof changeMemberRoleBody>;

/** POST /groups/:slug/announcements: plain text. */
export const postAnnouncementBody = z
  .object({
    title: z.string().trim().min(3).max(120),
    body: z.string().trim().min(1).max(5000),
  })
  .strict();

export type PostAnnouncementBody = z.infer<typeof postAnnouncementBody>;
