import type { Core } from '@strapi/strapi';
import { enqueueOutbox, registerOutboxHandler, type OutboxDb } from '../outbox/outbox';
import type { NoticeText, NoticeVars } from './template';
import { deliverNotice } from './deliver';

export type NoticeLocale = 'en' | 'es';
export const NOTICE_LOCALES: readonly NoticeLocale[] = ['en', 'es'];

export interface NoticeRecipient {
  email: string;
  /** The supporter's account, when there is one: their language is read from it. */
  userId?: number | null;
  /** The language to write in when known (a guest's gift made on the Spanish site); else the account's, else the committee's default. */
  locale?: string | null;
  /** For the greeting ({{name}}); the notice says "supporter" without one. */
  firstName?: string | null;
}

export interface LoadedNotice {
  to: NoticeRecipient;
  vars: NoticeVars;
}

export interface NoticeDefinition<Payload = any> {
  /** Stable id, also the template's key in the admin: `event.rsvp-confirmed`. */
  key: string;
  /** Transactional notices (receipts, account mail, an RSVP's own news) go even to unsubscribed addresses; the rest do not, and carry an unsubscribe link. */
  transactional: boolean;
  /** For staff, beside the template: when it is sent. */
  description: string;
  /** The placeholders this notice fills, besides the ones every notice has (COMMON_PLACEHOLDERS). */
  placeholders: string[];
  /** The built-in texts, used until staff edit the template (and seeded as its first version). */
  defaults: Record<NoticeLocale, NoticeText>;
  /**
   * Its outbox key is the record that it went (a milestone announced once ever): its delivered items are
   * never pruned, so the key keeps refusing a second one.
   */
  keepRecord?: boolean;
  /** Reads, at delivery, who gets it and what it says; null sends nothing (the thing it was about is gone). */
  load(strapi: Core.Strapi, payload: Payload): Promise<LoadedNotice | null>;
}

/** Placeholders every notice fills: the greeting's name, the committee, the site. */
export const COMMON_PLACEHOLDERS = ['name', 'committeeName', 'siteUrl'];

/** Where staff-edited templates live (profiles' notice-template content type); without one, the defaults are used. */
export type NoticeTemplateSource = (key: string, locale: NoticeLocale) => Promise<NoticeText | null>;

interface NoticeState {
  definitions: Map<string, NoticeDefinition>;
  templateSource?: NoticeTemplateSource;
}

const states = new WeakMap<object, NoticeState>();

export function noticeState(strapi: Core.Strapi): NoticeState {
  let state = states.get(strapi);
  if (!state) states.set(strapi, (state = { definitions: new Map() }));
  return state;
}

const handlerName = (key: string) => `notice:${key}`;

/** Makes a notice known (call from a plugin's register()): its outbox handler and its template defaults. */
export function registerNotice<Payload>(strapi: Core.Strapi, definition: NoticeDefinition<Payload>) {
  noticeState(strapi).definitions.set(definition.key, definition);
  registerOutboxHandler(strapi, handlerName(definition.key), (payload, item) => deliverNotice(strapi, definition, payload, item), {
    keepDelivered: definition.keepRecord,
  });
}

/** Every registered notice (the template editor seeds and checks against them). */
export function noticeDefinitions(strapi: Core.Strapi): NoticeDefinition[] {
  return [...noticeState(strapi).definitions.values()];
}

export function setNoticeTemplateSource(strapi: Core.Strapi, source: NoticeTemplateSource) {
  noticeState(strapi).templateSource = source;
}

/**
 * Queues one notice in the transaction of the change that causes it. `id` names that cause (an RSVP's id
 * and state, a refund's key): the same id twice is one notice. Does nothing for a notice no plugin registered.
 */
export async function sendNotice<Payload>(strapi: Core.Strapi, key: string, id: string, payload: Payload, db?: OutboxDb) {
  if (!noticeState(strapi).definitions.has(key)) return;
  await enqueueOutbox(strapi, [{ handler: handlerName(key), key: `${handlerName(key)}:${id}`, payload }], db);
}

/**
 * Delivers a registered notice now, inside a caller that is itself an outbox handler (the receipt, which
 * keeps its own record of each receipt): `messageKey` is the outbox item's key, so retries share a Message-ID.
 */
export async function deliverNoticeNow(strapi: Core.Strapi, key: string, payload: unknown, messageKey: string) {
  const definition = noticeState(strapi).definitions.get(key);
  if (!definition) throw new Error(`no notice "${key}" is registered`);
  await deliverNotice(strapi, definition, payload, { id: 0, key: messageKey, handler: handlerName(key), payload, attempt: 1 });
}
