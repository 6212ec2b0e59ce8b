import { randomInt } from 'crypto';
import type { Core } from '@strapi/strapi';
import { canSeeProfile, type Viewer } from '../domain/profile-visibility';
import { defaultDisplayName, firstFreeSlug, slugBase } from '../domain/profile-slug';
import { lookupZip } from '../domain/zip-codes';
import { toImageView, type ImageView } from '../domain/image-file';
import { isUniqueViolation, withSavepoint } from '@mymitt/plugin-kit';
import type { UpdateMyProfileBody } from '../validators/profile';
import type { UploadedFile } from '../validators/image-upload';
import type { SupporterImages } from './blog/supporter-images';
import { PLUGIN_ID } from '../plugin-id';
import { invalidField, notFound } from '../utils/refusals';

export const PROFILE_UID = 'plugin::mymitt-profiles.profile';
const SLUG_ATTEMPTS = 5;

const noProfile = () => notFound('You have no profile yet.', 'no_profile');

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

/** How a supporter is shown next to what they wrote or host: public name, profile slug and avatar. */
export interface AuthorCard {
  displayName: string;
  slug: string;
  avatar: ImageView | null;
}

const profiles = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(PROFILE_UID);
  const images = () => strapi.plugin(PLUGIN_ID).service('supporterImages') as SupporterImages;
  const withAvatar = { avatar: true } as const;

  async function ownProfile(userId: number) {
    const profile = await query().findOne({ where: { userId }, populate: withAvatar });
    if (!profile) throw noProfile();
    return profile;
  }

  const ownView = (profile: any) => ({ ...pick(profile, OWN_FIELDS), avatar: toImageView(profile.avatar) });

  async function freeSlug(displayName: string, spread = false) {
    const base = slugBase(displayName);
    if (spread) {
      const candidate = `${base}-${randomInt(100, 100_000)}`;
      if (!(await query().findOne({ where: { slug: candidate }, select: ['id'] }))) return candidate;
    }
    const taken: Array<{ slug: string }> = await query().findMany({ where: { slug: { $startsWith: base } }, select: ['slug'] });
    return firstFreeSlug(
      base,
      taken.map((p) => p.slug)
    );
  }

  return {
    /** Creates the profile of a newly registered supporter (idempotent: one profile per user). */
    async createForSupporter(user: NewSupporter, recruiterUserId: number | null) {
      const existing = await query().findOne({ where: { userId: user.id } });
      if (existing) return existing;

      const displayName = defaultDisplayName(user.firstName, user.lastName);
      const place = user.zip ? lookupZip(user.zip) : null;
      const data = {
        userId: user.id,
        displayName,
        zip: place?.zip ?? user.zip ?? null,
        city: place?.city ?? null,
        state: place?.state ?? null,
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
        interests: [],
        visibility: 'supporters',
        leaderboardOptIn: false,
        recruiterUserId: recruiterUserId && recruiterUserId !== user.id ? recruiterUserId : null,
      };
      // Supporters with the same name signing up at once may pick the same free slug: the unique index
      // refuses all but one, and the others pick again — with a random number, so a crowd spreads out.
      for (let attempt = 1; ; attempt += 1) {
        try {
          const slug = await freeSlug(displayName, attempt > 1);
          return await withSavepoint(strapi, () => strapi.documents(PROFILE_UID).create({ data: { ...data, slug } as any }));
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= SLUG_ATTEMPTS) throw error;
        }
      }
    },

    async findByUserId(userId: number) {
      return query().findOne({ where: { userId } });
    },

    async findBySlug(slug: string) {
      return query().findOne({ where: { slug } });
    },

    /** The supporter's own profile, private fields included. */
    async findMine(userId: number) {
      return ownView(await ownProfile(userId));
    },

    /** Applies an already-validated update; a new ZIP moves city, state and position with it. */
    async updateMine(userId: number, changes: UpdateMyProfileBody) {
      const profile = await query().findOne({ where: { userId } });
      if (!profile) throw noProfile();

      const data: Record<string, unknown> = { ...changes };
      if (changes.zip !== undefined) {
        const place = lookupZip(changes.zip);
        if (!place) {
          throw invalidField('That ZIP code is not a US ZIP code we know.', 'unknown_zip', ['zip'], 'Unknown ZIP code.');
        }
        Object.assign(data, { city: place.city, state: place.state, latitude: place.latitude, longitude: place.longitude });
      }
      await strapi.documents(PROFILE_UID).update({ documentId: profile.documentId, data: data as any });
      return ownView(await ownProfile(userId));
    },

    /**
     * Stores a new avatar (checked: real image type, size cap) and links it; the previous one is
     * deleted once the new one is linked. A refused file changes nothing.
     */
    async setAvatar(userId: number, file: UploadedFile) {
      const profile = await query().findOne({ where: { userId }, populate: withAvatar });
      if (!profile) {
        await images().discard(file);
        throw noProfile();
      }
      const stored = await images().store(file, 'avatar');
      try {
        await strapi.documents(PROFILE_UID).update({ documentId: profile.documentId, data: { avatar: stored.id } as any });
      } catch (error) {
        await images().remove(stored);
        throw error;
      }
      await images().remove(profile.avatar);
      return ownView(await ownProfile(userId));
    },

    /** Unlinks and deletes the supporter's avatar (nothing to do when there is none). */
    async removeAvatar(userId: number) {
      const profile = await ownProfile(userId);
      if (profile.avatar) {
        await strapi.documents(PROFILE_UID).update({ documentId: profile.documentId, data: { avatar: null } as any });
        await images().remove(profile.avatar);
      }
      return ownView(await ownProfile(userId));
    },

    /** Public name, slug and avatar of each supporter among `userIds` who has a profile. */
    async authorCards(userIds: number[]): Promise<Map<number, AuthorCard>> {
      const unique = [...new Set(userIds)];
      if (unique.length === 0) return new Map();
      const found = await query().findMany({
        where: { userId: { $in: unique } },
        select: ['userId', 'displayName', 'slug'],
        populate: withAvatar,
      });
      return new Map(
        found.map((p: any) => [p.userId as number, { displayName: p.displayName, slug: p.slug, avatar: toImageView(p.avatar) }])
      );
    },

    /** A profile as `viewer` may see it, or a 404 when its visibility hides it. */
    async findVisible(slug: string, viewer: Viewer) {
      const profile = await query().findOne({ where: { slug }, populate: withAvatar });
      if (!profile || !canSeeProfile(profile.visibility, profile.userId, viewer)) {
        throw notFound('No such supporter profile.', 'profile_not_found');
      }
      return { profile: { ...pick(profile, PUBLIC_FIELDS), avatar: toImageView(profile.avatar) }, userId: profile.userId as number };
    },
  };
};

export default profiles;
