/**
 * The email plugin's settings (config/plugins.ts `email`): always the nodemailer provider over SMTP,
 * never Strapi's default `sendmail`, which delivers straight to the recipients' MX hosts.
 *
 * - SMTP_HOST set: that relay (SMTP_PORT, SMTP_SECURE for implicit TLS, SMTP_REQUIRE_TLS for STARTTLS,
 *   SMTP_USER / SMTP_PASSWORD).
 * - SMTP_HOST empty outside production: the local catch-all (`npm run mailbox`, 127.0.0.1:1025), so a
 *   developer's laptop never mails a real donor and nothing is dropped unseen.
 * - SMTP_HOST empty in production: no host at all; the app refuses to start (src/bootstrap/mail-provider.ts).
 */
export const DEV_MAILBOX = { host: '127.0.0.1', port: 1025 } as const;
export const DEV_MAIL_FROM = 'MyMitt (development) <no-reply@mymitt.localhost>';

/** How long a send may wait on the relay: it runs inside requests (password reset), so minutes are too long. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

type Env = ((key: string, fallback?: string) => string | undefined) & {
  int(key: string, fallback?: number): number | undefined;
  bool(key: string, fallback?: boolean): boolean | undefined;
};

export interface MailFallback {
  /** Where mail goes when SMTP_HOST is empty outside production. */
  port: number;
}

export function mailConfig(env: Env, fallback: MailFallback = { port: DEV_MAILBOX.port }) {
  const production = process.env.NODE_ENV === 'production';
  const relay = env('SMTP_HOST', '') || '';
  const host = relay || (production ? undefined : DEV_MAILBOX.host);
  const secure = env.bool('SMTP_SECURE', false) ?? false;
  const user = env('SMTP_USER', '') || '';
  const from = env('MAIL_FROM', '') || (production ? '' : DEV_MAIL_FROM);
  return {
    provider: 'nodemailer',
    providerOptions: {
      host,
      port: env.int('SMTP_PORT', relay ? (secure ? 465 : 587) : fallback.port),
      secure,
      // STARTTLS is required of a real relay unless turned off (a relay on the same host may not offer it).
      requireTLS: !secure && (env.bool('SMTP_REQUIRE_TLS', Boolean(relay)) ?? false),
      auth: user ? { user, pass: env('SMTP_PASSWORD', '') || '' } : undefined,
      ...TIMEOUTS,
    },
    settings: {
      defaultFrom: from,
      defaultReplyTo: env('MAIL_REPLY_TO', '') || from,
    },
  };
}
