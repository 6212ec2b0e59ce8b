import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { settingsSchema, type ProfilesConfig, type ProfilesSettings } from '../config';

const STORE_KEY = 'settings';

/**
 * The settings staff edit in the admin: activity window, weights, badge ladders, event approval.
 * Stored in Strapi's core store (one row, shared by every instance); the plugin config supplies the
 * defaults, so a setting never edited follows config/plugins.ts.
 */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });
  const defaults = (): ProfilesSettings => {
    const { avatarMaxBytes: _ignored, ...rest } = strapi.config.get(`plugin::${PLUGIN_ID}`) as ProfilesConfig;
    return rest;
  };

  return {
    async get(): Promise<ProfilesSettings> {
      const stored = (await store().get({})) as Partial<ProfilesSettings> | null;
      return { ...defaults(), ...(stored ?? {}) };
    },

    /** Replaces the stored settings with a complete, validated set and returns it. */
    async update(input: unknown): Promise<ProfilesSettings> {
      const next = settingsSchema.parse(input);
      await store().set({ value: next });
      return next;
    },

    /** Forgets staff edits: the plugin config applies again. */
    async reset(): Promise<ProfilesSettings> {
      await store().delete({});
      return defaults();
    },
  };
};

export default settings;
