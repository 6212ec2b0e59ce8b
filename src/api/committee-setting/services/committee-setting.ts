import { factories } from '@strapi/strapi';
import { defaultCommitteeSettings, type CommitteeSettings } from '../../../domain/committee-settings';

const UID = 'api::committee-setting.committee-setting';

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** The committee's settings; created from the environment's defaults on first use. */
  async current(): Promise<CommitteeSettings> {
    const found = await strapi.db.query(UID).findOne({});
    if (found) return found as unknown as CommitteeSettings;
    return (await strapi.documents(UID).create({ data: defaultCommitteeSettings(process.env) as any })) as unknown as CommitteeSettings;
  },
}));
