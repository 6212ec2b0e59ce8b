import { factories } from '@strapi/strapi';
import { defaultCommitteeSettings, type CommitteeSettings } from '../../../domain/committee-settings';

const UID = 'api::committee-setting.committee-setting';

/**
 * Every public page response carries the disclaimer, so the settings are kept in memory for a few
 * seconds. A write on this instance clears them at once (lifecycles); other instances of a
 * multi-instance deployment see the change within CACHE_MS.
 */
const CACHE_MS = 5000;

export default factories.createCoreService(UID, ({ strapi }) => {
  let cached: { settings: CommitteeSettings; expiresAt: number } | undefined;

  return {
    /** The committee's settings; created from the environment's defaults on first use. */
    async current(): Promise<CommitteeSettings> {
      if (cached && cached.expiresAt > Date.now()) return cached.settings;

      const found = (await strapi.db.query(UID).findOne({})) as unknown as CommitteeSettings | null;
      const settings =
        found ??
        ((await strapi.documents(UID).create({ data: defaultCommitteeSettings(process.env) as any })) as unknown as CommitteeSettings);
      cached = { settings, expiresAt: Date.now() + CACHE_MS };
      return settings;
    },

    forget() {
      cached = undefined;
    },
  };
});
