import type { Core } from '@strapi/strapi';
import { isSupportedLocale } from '../../../domain/locales';
import type { AccountPreferences, UpdatePreferencesBody } from '../validation/preferences';

const USER_UID = 'plugin::users-permissions.user';

/** The account's own preferences, read and written by its id only (the caller's, from the token). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function findMine(userId: number): Promise<AccountPreferences> {
    const user = (await strapi.db.query(USER_UID).findOne({ where: { id: userId }, select: ['preferredLocale'] })) as {
      preferredLocale?: string | null;
    } | null;
    const preferredLocale = user?.preferredLocale;
    return { preferredLocale: isSupportedLocale(preferredLocale) ? preferredLocale : null };
  }

  /** Sets the language of the supporter's notices (the kit reads it at each delivery: notices/notice-context.ts). */
  async function updateMine(userId: number, changes: UpdatePreferencesBody): Promise<AccountPreferences> {
    await strapi.db.query(USER_UID).update({ where: { id: userId }, data: { preferredLocale: changes.preferredLocale } });
    return findMine(userId);
  }

  return { findMine, updateMine };
};
