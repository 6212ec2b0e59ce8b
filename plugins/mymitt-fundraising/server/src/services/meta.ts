import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { publicSettings } from '../config';

const meta = ({ strapi }: { strapi: Core.Strapi }) => ({
  describe() {
    return {
      plugin: PLUGIN_ID,
      displayName: 'Fundraising',
      description: 'Donations through Stripe, personal fundraising pages, the ledger and compliance.',
      settings: publicSettings(strapi.config.get(`plugin::${PLUGIN_ID}`)),
    };
  },
});

export default meta;
