import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../plugin-id';
import { publicSettings } from '../config';

const meta = ({ strapi }: { strapi: Core.Strapi }) => ({
  describe() {
    return {
      plugin: PLUGIN_ID,
      displayName: 'Store',
      description: 'Official gear: products, variants, stock, carts and orders paid through fundraising.',
      settings: publicSettings(strapi.config.get(`plugin::${PLUGIN_ID}`)),
    };
  },
});

export default meta;
