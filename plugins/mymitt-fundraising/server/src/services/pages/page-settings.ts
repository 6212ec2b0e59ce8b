import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../plugin-id';
import { pageSettingsBody, type PageSettings } from '../../validators/pages';

const STORE_KEY = 'pages-settings';

/** By default a supporter's page goes live at once; staff may require approval first. */
export const DEFAULT_PAGE_SETTINGS: PageSettings = { pagesNeedApproval: false };

/** `getService('page-settings')`: the fundraising-page settings staff edit, in Strapi's core store. */
const pageSettings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });
  return {
    async get(): Promise<PageSettings> {
      const stored = (await store().get({})) as Partial<PageSettings> | null;
      return { ...DEFAULT_PAGE_SETTINGS, ...(stored ?? {}) };
    },

    /** Replaces the settings with a complete, validated set. */
    async update(input: unknown): Promise<PageSettings> {
      const next = pageSettingsBody.parse(input);
      await store().set({ value: next });
      return next;
    },
  };
};

export default pageSettings;
