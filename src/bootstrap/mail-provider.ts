import type { Core } from '@strapi/strapi';
import { htmlToText } from '../domain/html-to-text';
import { MailDeliveryError } from '../domain/mail-delivery-error';

interface EmailPluginConfig {
  provider?: string;
  providerOptions?: { host?: string };
  settings?: { defaultFrom?: string };
}

/**
 * Refuses to start with a mail set-up that would deliver mail it should not, or none at all:
 * Strapi's `sendmail` provider anywhere (it looks up each recipient's MX host and delivers from this
 * machine), and in production a missing SMTP_HOST or MAIL_FROM. Runs in register, before the email
 * plugin's bootstrap builds its provider.
 */
export function assertMailProvider(strapi: Core.Strapi) {
  const config = (strapi.config.get('plugin::email') ?? {}) as EmailPluginConfig;
  if (String(config.provider ?? '').toLowerCase() === 'sendmail') {
    throw new Error('Refusing to start: the email provider is "sendmail", which mails recipients\' servers from this machine. Use nodemailer with SMTP_HOST (src/config/mail.ts).');
  }
  if (process.env.NODE_ENV !== 'production') return;
  const missing = [
    config.providerOptions?.host ? null : 'SMTP_HOST',
    config.settings?.defaultFrom ? null : 'MAIL_FROM',
  ].filter((name): name is string => name !== null);
  if (missing.length > 0) {
    throw new Error(
      `Refusing to start in production: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set, so receipts and ` +
        'password resets could not be sent. Set the SMTP relay (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD) and MAIL_FROM.'
    );
  }
}

interface MailOptions {
  from?: string;
  replyTo?: string;
  text?: string;
  html?: string;
}

/**
 * Wraps the email provider:
 * - an empty `from` or `replyTo` means the default (MAIL_FROM, MAIL_REPLY_TO): users-permissions sends
 *   its templates' empty "response email" as '', which would otherwise leave reset mail with no Reply-To;
 * - a text part that is the HTML part again (users-permissions' templates) is turned into plain text;
 * - every failure becomes a MailDeliveryError (its message kept), so a caller can tell "the relay refused
 *   or was unreachable" from a bug.
 * Runs in bootstrap, after the email plugin built its provider; tests that swap the provider
 * (tests/helpers/outbox.ts) replace this wrapper too.
 */
export function wrapMailProvider(strapi: Core.Strapi) {
  const plugin = strapi.plugin('email') as unknown as { provider: { send(options: MailOptions): Promise<unknown> } };
  const provider = plugin.provider;
  plugin.provider = {
    ...provider,
    async send(options: MailOptions) {
      try {
        const text = options.html && options.text === options.html ? htmlToText(options.html) : options.text;
        return await provider.send({ ...options, text, from: options.from || undefined, replyTo: options.replyTo || undefined });
      } catch (error) {
        throw new MailDeliveryError(error);
      }
    },
  };
}
