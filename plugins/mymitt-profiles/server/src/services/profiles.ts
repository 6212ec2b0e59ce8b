import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canSeeProfile, type Viewer } from '../domain/profile-visibility';
import { defaultDisplayName, firstFreeSlug, slugBase } from '../domain/profile-slug';
import { lookupZip } from '../domain/zip-codes';
import type { UpdateMyProfileBody } from '../validators/profile';

export const PROFILE_UID = 'plugin::mymitt-profiles.profile';

/** The fields a supporter sees of their own profile (their private fields included). */
const OWN_FIELDS = [
  'documentId',
  'displayName',
  'slug',
  'bio',
  'city',
  'state',
  'zip',
  'interests',
  'visibility',
  'phone',
  'streetAddress',
  'leaderboardOptIn',
] as const;

/** What others may see of a profile its visibility lets them see: never email, phone, address, ZIP or position. */
const PUBLIC_FIELDS = ['documentId', 'displayName', 'slug', 'bio', 'city', 'state', 'interests'] as const;

interface NewSupporter {
  id: number;
  firstName?: string | null;
  lastName?: string | null;
  zip?: string | null;
}

function pick<T extends Record<string, any>>(record: T, fields: readonly string[]) {
  return Object.fromEntries(fields.map((f) => [f, record[f] ?? null]));
}

const profiles = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(PROFILE_UID);

  async function freeSlug(displayName: string) {
    const base = slugBase(displayName);
    const taken = await query().findMany({ where: { slug: { $startsWith: base } }, select: ['slug'] });
    return firstFreeSlug(
      base,
      taken.map((p: any) => p.slug)
    );
  }

  return {
    /** Creates the profile of a newly registered supporter (idempotent: one profile per user). */
    async createForSupporter(user: NewSupporter, recruiterUserId: number | null) {
      const existing = await query().findOne({ where: { userId: user.id } });
      if (existing) return existing;

      const displayName = defaultDisplayName(user.firstName, user.lastName);
      const place = user.zip ? lookupZip(user.zip) : null;
      return strapi.documents(PROFILE_UID).create({
        data: {
          userId: user.id,
          displayName,
          slug: await freeSlug(displayName),
          zip: place?.zip ?? user.zip ?? null,
          city: place?.city ?? null,
          state: place?.state ?? null,
          latitude: place?.latitude ?? null,
          longitude: place?.longitude ?? null,
          interests: [],
          visibility: 'supporters',
          leaderboardOptIn: false,
          recruiterUserId: recruiterUserId && recruiterUserId !== user.id ? recruiterUserId : null,
        } as any,
      });
    },

    async findByUserId(userId: number) {
      return query().findOne({ where: { userId } });
    },

    async findBySlug(slug: string) {
      return query().findOne({ where: { slug } });
    },

    /** The supporter's own profile, private fields included. */
    async findMine(userId: number) {
      const profile = await query().findOne({ where: { userId } });
      if (!profile) throw new errors.NotFoundError('You have no profile yet.');
      return pick(profile, OWN_FIELDS);
    },

    /** Applies an already-validated update; a new ZIP moves city, state and position with it. */
    async updateMine(userId: number, changes: UpdateMyProfileBody) {
      const profile = await query().findOne({ where: { userId } });
      if (!profile) throw new errors.NotFoundError('You have no profile yet.');

      const data: Record<string, unknown> = { ...changes };
      if (changes.zip !== undefined) {
        const place = lookupZip(changes.zip);
        if (!place) {
          throw new errors.ValidationError('That ZIP code is not a US ZIP code we know.', {
            errors: [{ path: ['zip'], message: 'Unknown ZIP code.', name: 'ValidationError' }],
          });
        }
        Object.assign(data, { city: place.city, state: place.state, latitude: place.latitude, longitude: place.longitude });
      }
      const updated = await strapi.documents(PROFILE_UID).update({ documentId: profile.documentId, data: data as any });
      return pick(updated as any, OWN_FIELDS);
    },

    /** A profile as `viewer` may see it, or a 404 when its visibility hides it. */
    async findVisible(slug: string, viewer: Viewer) {
      const profile = await query().findOne({ where: { slug } });
      if (!profile || !canSeeProfile(profile.visibility, profile.userId, viewer)) {
        throw new errors.NotFoundError('No such supporter profile.');
      }
      return { profile: pick(profile, PUBLIC_FIELDS), userId: profile.userId as number };
    },
  };
};

export default profiles;
