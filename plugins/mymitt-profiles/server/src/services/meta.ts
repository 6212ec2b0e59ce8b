import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { publicSettings } from '../config';

const meta = ({ strapi }: { strapi: Core.Strapi }) => ({
  describe() {
    return {
      plugin: PLUGIN_ID,
      displayName: 'Supporters',
      description: 'Supporter profiles, blogs, groups, events and house parties, activity and levels.',
      settings: publicSettings(strapi.config.get(`plugin::${PLUGIN_ID}`)),
    };
  },
});

export default meta;
