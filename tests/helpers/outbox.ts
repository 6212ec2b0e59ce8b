import type { TestApp } from './strapi';

export interface SentEmail {
  to: string;
  subject: string;
  text?: string;
  html?: string;
}

/**
 * Replaces the booted app's email provider with one that keeps each message in memory, so a test can
 * read what Strapi's email plugin was asked to send (`strapi.plugin('email').service('email').send`).
 * `failNext()` makes the next send throw, as an unreachable mail server would.
 */
export function captureEmails(app: TestApp) {
  const sent: SentEmail[] = [];
  let failures = 0;
  (app.strapi.plugin('email') as any).provider = {
    async send(message: SentEmail) {
      if (failures > 0) {
        failures -= 1;
        throw new Error('mail server unreachable');
      }
      sent.push(message);
    },
  };
  return {
    sent,
    failNext() {
      failures += 1;
    },
  };
}
