import type { Core } from '@strapi/strapi';
import { sendNotice, type NoticeDefinition, type OutboxDb } from '@mymitt/plugin-kit';
import { TABLES, toDate, type EventRecord } from '../services/events/event-records';
import { activeRsvpsOf, addressOf, findEventById, shiftTime } from './event-facts';
import { eventVars } from './event-rsvp-notices';
import { supporterOf } from './recipients';
import { siteLinks } from './site-links';

/** News of an event itself (its place changed, it was called off): to everyone holding a place on it. */

export const EVENT_CHANGED = 'event.changed';
export const EVENT_CANCELLED = 'event.cancelled';

/** What changed, as the notice can say it. */
export type EventChange = 'place';

export interface EventNoticePayload {
  eventId: number;
  userId: number;
  changes?: EventChange[];
}

/**
 * The event and this supporter's places on it (confirmed or waitlisted), as they are now; null when the
 * event's status is not one of `statuses`, or the supporter holds no place any more.
 */
async function attendanceNow(strapi: Core.Strapi, payload: EventNoticePayload, statuses: EventRecord['status'][]) {
  const event = await findEventById(strapi, Number(payload?.eventId));
  if (!event || !statuses.includes(event.status)) return null;
  const [places, to] = await Promise.all([activeRsvpsOf(strapi, event.id, Number(payload.userId)), supporterOf(strapi, Number(payload.userId))]);
  if (!places.length || !to) return null;
  const confirmed = places.some((p) => p.rsvp.status === 'confirmed');
  const vars = {
    ...(await eventVars(strapi, event, places[0].shift, to.locale)),
    // Every shift the supporter holds a place on, one a line.
    shiftTime: places.map((p) => shiftTime(p.shift, event.timeZone, to.locale)).join('\n'),
  };
  return { event, to, confirmed, vars };
}

export const eventChangedNotice: NoticeDefinition<EventNoticePayload> = {
  key: EVENT_CHANGED,
  transactional: true,
  description:
    "When the host or a co-host changes an event's place: to every confirmed attendee (with the new street address) and every waitlisted one (without it).",
  placeholders: ['eventTitle', 'hostName', 'shiftTime', 'venueName', 'area', 'address', 'placeChanged', 'waitlisted', 'eventUrl'],
  defaults: {
    en: {
      subject: 'Change of plans: {{eventTitle}}',
      body: `Hi {{name}},

{{eventTitle}} has changed.{{#placeChanged}} It has moved to a new place: please check where to go.{{/placeChanged}}

When: {{shiftTime}}
Where: {{#venueName}}{{venueName}}, {{/venueName}}{{#address}}{{address}}{{/address}}{{^address}}{{area}}{{/address}}

{{#waitlisted}}You're still on the waitlist. If a seat opens up for you, we'll email you the confirmation with the address.{{/waitlisted}}{{^waitlisted}}Your seat is still yours. If you can't make it now, please cancel your RSVP on the event page, so someone on the waitlist can take it.{{/waitlisted}}

Event page: {{eventUrl}}

Thank you for standing with {{committeeName}}!`,
    },
    es: {
      subject: 'Cambio de planes: {{eventTitle}}',
      body: `Hola, {{name}}:

{{eventTitle}} ha cambiado.{{#placeChanged}} Ahora es en otro lugar: revise a dónde ir.{{/placeChanged}}

Cuándo: {{shiftTime}}
Dónde: {{#venueName}}{{venueName}}, {{/venueName}}{{#address}}{{address}}{{/address}}{{^address}}{{area}}{{/address}}

{{#waitlisted}}Sigue en la lista de espera. Si se libera un lugar para usted, le enviaremos la confirmación con la dirección.{{/waitlisted}}{{^waitlisted}}Su lugar sigue siendo suyo. Si ahora no puede asistir, cancele su confirmación en la página del evento, para que alguien de la lista de espera pueda ocuparlo.{{/waitlisted}}

Página del evento: {{eventUrl}}

¡Gracias por apoyar a {{committeeName}}!`,
    },
  },
  async load(strapi, payload) {
    const found = await attendanceNow(strapi, payload, ['published']);
    if (!found) return null;
    const { event, to, confirmed, vars } = found;
    return {
      to,
      vars: {
        ...vars,
        // The street address goes to confirmed attendees only.
        address: confirmed ? addressOf(event) : '',
        waitlisted: !confirmed,
        placeChanged: (payload.changes ?? []).includes('place'),
      },
    };
  },
};

export const eventCancelledNotice: NoticeDefinition<EventNoticePayload> = {
  key: EVENT_CANCELLED,
  transactional: true,
  description: 'When the host cancels an event, or staff take a listed one down: to everyone who had a seat or a waitlist place.',
  placeholders: ['eventTitle', 'hostName', 'shiftTime', 'area', 'eventsUrl'],
  defaults: {
    en: {
      subject: 'Cancelled: {{eventTitle}}',
      body: `Hi {{name}},

We're sorry: {{eventTitle}}, hosted by {{hostName}} in {{area}}, has been cancelled.

It was planned for:
{{shiftTime}}

Your RSVP is cancelled with it; there's nothing you need to do.

Find another event near you: {{eventsUrl}}

Thank you for standing with {{committeeName}}!`,
    },
    es: {
      subject: 'Cancelado: {{eventTitle}}',
      body: `Hola, {{name}}:

Lo sentimos: {{eventTitle}}, organizado por {{hostName}} en {{area}}, se ha cancelado.

Estaba previsto para:
{{shiftTime}}

Su confirmación queda cancelada con él; no tiene que hacer nada.

Encuentre otro evento cerca de usted: {{eventsUrl}}

¡Gracias por apoyar a {{committeeName}}!`,
    },
  },
  async load(strapi, payload) {
    const found = await attendanceNow(strapi, payload, ['cancelled', 'rejected']);
    if (!found) return null;
    const { to, vars } = found;
    return { to, vars: { ...vars, eventsUrl: (await siteLinks(strapi, to.locale)).events() } };
  },
};

/**
 * Queues `event.changed` or `event.cancelled` for every supporter holding a place on the event, in the
 * transaction of the change (read after it, so `updatedAt` is the change's): one notice per supporter
 * and change, `event:<id>:<kind>:<updatedAt ms>:user:<userId>`.
 */
export async function queueEventNotices(
  strapi: Core.Strapi,
  kind: 'changed' | 'cancelled',
  event: { id: number; updatedAt: Date | string | number },
  trx: OutboxDb,
  changes?: EventChange[]
) {
  const schema = strapi.db.getSchemaName();
  const rows: Array<{ userId: number }> = await (schema ? trx(TABLES.rsvps).withSchema(schema) : trx(TABLES.rsvps))
    .distinct('user_id as userId')
    .where('event_id', event.id)
    .whereIn('status', ['confirmed', 'waitlisted']);
  const key = kind === 'changed' ? EVENT_CHANGED : EVENT_CANCELLED;
  const stamp = toDate(event.updatedAt).getTime();
  for (const { userId } of rows) {
    const payload: EventNoticePayload = { eventId: event.id, userId: Number(userId), ...(changes && { changes }) };
    await sendNotice(strapi, key, `event:${event.id}:${kind}:${stamp}:user:${Number(userId)}`, payload, trx);
  }
}
