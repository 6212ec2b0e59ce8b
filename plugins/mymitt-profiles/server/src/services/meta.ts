import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { publicSettings, type ProfilesSettings } from '../config';

const meta = ({ strapi }: { strapi: Core.Strapi }) => ({
  async describe() {
    const settings = (await strapi.plugin(PLUGIN_ID).service('settings').get()) as ProfilesSettings;
    return {
      plugin: PLUGIN_ID,
      displayName: 'Supporters',
      description: 'Supporter profiles, blogs, groups, events and house parties, activity and levels.',
      settings: publicSettings(settings),
    };
  },
});

export default meta;
