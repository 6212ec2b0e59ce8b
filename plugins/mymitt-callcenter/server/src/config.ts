import { z } from '@strapi/utils';

const hour = z.number().int().min(0).max(24);

const configSchema = z
  .object({
    /** How long a caller holds a contact before it returns to the pool (TEL-04, default 10 minutes). */
    leaseSeconds: z.number().int().min(30).max(3600),
    /** Local hours, in the contact's own time zone, when a contact may be offered (TEL-02). */
    callingWindow: z.object({ startHour: hour, endHour: hour }).strict(),
  })
  .strict()
  .refine((c) => c.callingWindow.startHour < c.callingWindow.endHour, {
    message: 'callingWindow.startHour must be before endHour',
  });

export type CallcenterConfig = z.infer<typeof configSchema>;

export const defaultConfig: CallcenterConfig = { leaseSeconds: 600, callingWindow: { startHour: 8, endHour: 21 } };

export function publicSettings(config: CallcenterConfig) {
  return { callingWindow: config.callingWindow };
}

export default {
  default: defaultConfig,
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
