import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { publicSettings } from '../config';

const meta = ({ strapi }: { strapi: Core.Strapi }) => ({
  describe() {
    return {
      plugin: PLUGIN_ID,
      displayName: 'Call center',
      description: 'Call lists, scripts, exclusive leases, lawful calling hours, do-not-call and call days.',
      settings: publicSettings(strapi.config.get(`plugin::${PLUGIN_ID}`)),
    };
  },
});

export default meta;
