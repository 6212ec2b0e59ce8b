import { DEV_MAILBOX, mailConfig } from '../../../src/config/mail';
import { htmlToText } from '../../../src/domain/html-to-text';

/** Strapi's `env` helper over a plain object. */
function envOf(values: Record<string, string>) {
  const env = (key: string, fallback?: string) => values[key] ?? fallback;
  return Object.assign(env, {
    int: (key: string, fallback?: number) => (values[key] === undefined ? fallback : Number(values[key])),
    bool: (key: string, fallback?: boolean) => (values[key] === undefined ? fallback : values[key] === 'true'),
  });
}

function withNodeEnv<T>(value: string, run: () => T): T {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = value;
  try {
    return run();
  } finally {
    process.env.NODE_ENV = previous;
  }
}

describe('mail configuration (config/plugins.ts email)', () => {
  it('development without SMTP_HOST: nodemailer to the local catch-all (npm run mailbox), never sendmail', () => {
    const config = withNodeEnv('development', () => mailConfig(envOf({})));
    expect(config.provider).toBe('nodemailer');
    expect(config.providerOptions).toMatchObject({ host: DEV_MAILBOX.host, port: 1025, secure: false, requireTLS: false, auth: undefined });
    expect(config.settings.defaultFrom).toMatch(/development/);
  });

  it('a relay: STARTTLS required on 587 by default, implicit TLS on 465 with SMTP_SECURE, credentials passed', () => {
    const starttls = withNodeEnv('production', () =>
      mailConfig(envOf({ SMTP_HOST: 'smtp.relay.test', SMTP_USER: 'u', SMTP_PASSWORD: 'p', MAIL_FROM: 'A <a@b.test>', MAIL_REPLY_TO: 'r@b.test' }))
    );
    expect(starttls.providerOptions).toMatchObject({ host: 'smtp.relay.test', port: 587, secure: false, requireTLS: true, auth: { user: 'u', pass: 'p' } });
    expect(starttls.settings).toEqual({ defaultFrom: 'A <a@b.test>', defaultReplyTo: 'r@b.test' });

    const implicit = withNodeEnv('production', () => mailConfig(envOf({ SMTP_HOST: 'smtp.relay.test', SMTP_SECURE: 'true', MAIL_FROM: 'a@b.test' })));
    expect(implicit.providerOptions).toMatchObject({ port: 465, secure: true, requireTLS: false });
    expect(implicit.settings.defaultReplyTo).toBe('a@b.test');

    const local = withNodeEnv('production', () => mailConfig(envOf({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '25', SMTP_REQUIRE_TLS: 'false', MAIL_FROM: 'a@b.test' })));
    expect(local.providerOptions).toMatchObject({ port: 25, requireTLS: false });
  });

  it('production without SMTP_HOST: no host and no sender, which the app refuses at boot (tests/app/boot)', () => {
    const config = withNodeEnv('production', () => mailConfig(envOf({})));
    expect(config.provider).toBe('nodemailer');
    expect(config.providerOptions.host).toBeUndefined();
    expect(config.settings.defaultFrom).toBe('');
  });

  it('a text part from HTML-only mail keeps paragraphs and writes links out', () => {
    expect(htmlToText('<p>Hello &amp; welcome.</p>\n<p>Go: <a href="https://s.test/r?code=1&amp;x=2">https://s.test/r?code=1&amp;x=2</a></p><p><a href="https://s.test">the site</a></p>')).toBe(
      'Hello & welcome.\n\nGo: https://s.test/r?code=1&x=2\n\nthe site (https://s.test)'
    );
  });
});
