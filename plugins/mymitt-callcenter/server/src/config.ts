import { z } from '@strapi/utils';

const hour = z.number().int().min(0).max(24);
const window = z.object({ startHour: hour, endHour: hour }).strict();

/** An IANA zone name Node's Intl knows (e.g. "America/New_York"). */
function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const configSchema = z
  .object({
    /** How long a caller holds a contact before it returns to the pool (TEL-04, default 10 minutes). */
    leaseSeconds: z.number().int().min(30).max(3600),
    /** Local hours, in the contact's own time zone, when a contact may be offered (TEL-02). */
    callingWindow: window,
    /** Stricter windows by state (two-letter code), applied on top of callingWindow (TEL-02). */
    stateWindows: z.record(z.string().length(2), window),
    /** SEC-04: per-IP limit of `next`. */
    nextRateLimit: z
      .object({ enabled: z.boolean(), max: z.number().int().positive(), windowSeconds: z.number().int().positive() })
      .strict(),
    /** Largest CSV import body, in bytes. */
    importMaxBytes: z.number().int().positive(),
    /** The campaign's own zone: where a caller's "today" and streak days begin and end. */
    campaignTimeZone: z.string().min(1).refine(isTimeZone, 'campaignTimeZone must be an IANA time zone such as "America/New_York"'),
  })
  .strict()
  .refine((c) => c.callingWindow.startHour < c.callingWindow.endHour, {
    message: 'callingWindow.startHour must be before endHour',
  });

export type CallcenterConfig = z.infer<typeof configSchema>;

export const defaultConfig: CallcenterConfig = {
  leaseSeconds: 600,
  callingWindow: { startHour: 8, endHour: 21 },
  stateWindows: {},
  nextRateLimit: { enabled: true, max: 120, windowSeconds: 60 },
  importMaxBytes: 50 * 1024 * 1024,
  campaignTimeZone: 'America/New_York',
};

export function publicSettings(config: CallcenterConfig) {
  return { callingWindow: config.callingWindow };
}

export default {
  default: ({ env }: { env: any }) => ({
    ...defaultConfig,
    leaseSeconds: env.int('CALL_LEASE_SECONDS', defaultConfig.leaseSeconds),
    nextRateLimit: {
      enabled: env.bool('CALL_NEXT_RATE_LIMIT', true),
      max: env.int('CALL_NEXT_RATE_LIMIT_MAX', defaultConfig.nextRateLimit.max),
      windowSeconds: env.int('CALL_NEXT_RATE_LIMIT_WINDOW_SECONDS', defaultConfig.nextRateLimit.windowSeconds),
    },
    importMaxBytes: env.int('CALL_IMPORT_MAX_BYTES', defaultConfig.importMaxBytes),
    campaignTimeZone: env('CALL_CAMPAIGN_TIME_ZONE', defaultConfig.campaignTimeZone),
  }),
  validator(config: unknown) {
    configSchema.parse(config);
  },
};
