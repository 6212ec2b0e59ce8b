import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { OutboxItem } from '../outbox/outbox';
import { localeFor, noticeContext } from './notice-context';
import { noticeState, type NoticeDefinition, type NoticeLocale } from './registry';
import { isSuppressed, unsubscribeToken } from './suppressions';
import { composeNotice } from './template';

const SUPPORTER: Record<NoticeLocale, string> = { en: 'supporter', es: 'simpatizante' };
const UNSUBSCRIBE_LINE: Record<NoticeLocale, string> = {
  en: 'You receive this email as a supporter of {committee}. To stop these emails, use this link:',
  es: 'Recibe este correo como simpatizante de {committee}. Para dejar de recibir estos correos, use este enlace:',
};

/** The Message-ID a notice keeps across retries: a copy that does go out twice is one message to the reader's mail client. */
function messageIdOf(itemKey: string) {
  const from = process.env.MAIL_FROM ?? '';
  const domain = /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'mymitt.local';
  return `<${createHash('sha256').update(itemKey).digest('hex').slice(0, 40)}@${domain}>`;
}

/**
 * Delivers one notice (the outbox handler of every notice): reads what it says now, skips an unsubscribed
 * address for a non-transactional notice, picks the language and the template (staff's, else the
 * default), adds the disclaimer and, when non-transactional, the unsubscribe link, and sends. A send
 * that throws is retried by the outbox.
 */
export async function deliverNotice(strapi: Core.Strapi, definition: NoticeDefinition, payload: unknown, item: OutboxItem) {
  const loaded = await definition.load(strapi, payload);
  if (!loaded?.to.email) return;
  if (!definition.transactional && (await isSuppressed(strapi, loaded.to.email))) return;
  const context = await noticeContext(strapi);
  const locale = await localeFor(strapi, loaded.to, context.defaultLocale);
  const template =
    (await noticeState(strapi).templateSource?.(definition.key, locale)) ?? definition.defaults[locale] ?? definition.defaults.en;

  const lang = locale === 'es' ? 'es' : '';
  const token = definition.transactional ? null : unsubscribeToken(strapi, loaded.to.email);
  const unsubscribeUrl = token ? `${context.siteUrl}${lang ? `/${lang}` : ''}/unsubscribe?token=${token}` : null;
  const vars = {
    name: loaded.to.firstName?.trim() || SUPPORTER[locale],
    committeeName: context.committeeName,
    siteUrl: context.siteUrl,
    ...loaded.vars,
  };
  const footer = [
    context.disclaimer,
    unsubscribeUrl ? `${UNSUBSCRIBE_LINE[locale].replace('{committee}', context.committeeName)} ${unsubscribeUrl}` : '',
  ];
  const message = composeNotice(template, vars, footer, locale);
  await strapi.plugin('email').service('email').send({
    to: loaded.to.email,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: messageIdOf(item.key),
    headers: token
      ? {
          'List-Unsubscribe': `<${context.publicUrl}/api/mymitt-profiles/notices/unsubscribe?token=${token}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : undefined,
  });
}
