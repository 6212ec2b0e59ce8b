import { z } from '@strapi/utils';

const configSchema = z
  .object({
    /** Days of activity that count toward a supporter's level (recent, not lifetime: see README). */
    activityWindowDays: z.number().int().min(1).max(3650),
    /** Whether events hosted by supporters wait for staff approval before they are listed. */
    requireEventApproval: z.boolean(),
  })
  .strict();

export type ProfilesConfig = z.infer<typeof configSchema>;

export const defaultConfig: ProfilesConfig = { activityWindowDays: 90, requireEventApproval: false };

export function publicSettings(config: ProfilesConfig) {
  return { activityWindowDays: config.activityWindowDays };
}

export default {
  default: defaultConfig,
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
