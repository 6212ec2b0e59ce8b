import type { Core } from '@strapi/strapi';
import { sendNotice, type NoticeDefinition, type NoticeLocale, type OutboxDb } from '@mymitt/plugin-kit';
import eventRecords, { type EventRecord, type ShiftRecord } from '../services/events/event-records';
import { addressOf, areaOf, findEventById, findRsvp, findShift, shiftTime, waitlistPosition, type RsvpRow } from './event-facts';
import { supporterOf } from './recipients';
import { siteLinks } from './site-links';

/** An RSVP's own news (confirmed, waitlisted, promoted off the waitlist): to the supporter who made it. */

export const RSVP_CONFIRMED = 'event.rsvp-confirmed';
export const RSVP_WAITLISTED = 'event.rsvp-waitlisted';
export const WAITLIST_PROMOTED = 'event.waitlist-promoted';

export interface RsvpNoticePayload {
  rsvpId: number;
}

/** What every RSVP notice says of the event: title, host, the shift's time in the event's zone, the page. */
export async function eventVars(strapi: Core.Strapi, event: EventRecord, shift: ShiftRecord, locale: NoticeLocale) {
  const records = eventRecords(strapi);
  const host = records.nameOf(await records.namesOf([event.hostUserId]), event.hostUserId);
  const links = await siteLinks(strapi, locale);
  return {
    eventTitle: event.title,
    hostName: host.displayName,
    shiftTime: shiftTime(shift, event.timeZone, locale),
    venueName: event.venueName ?? '',
    area: areaOf(event),
    eventUrl: links.event(event.documentId),
  };
}

/**
 * The RSVP as it is now, if it still has `status` on a listed event: a notice about a seat the supporter
 * has since given up, or on an event since called off, says nothing.
 */
async function rsvpNow(strapi: Core.Strapi, payload: RsvpNoticePayload, status: RsvpRow['status']) {
  const rsvp = await findRsvp(strapi, Number(payload?.rsvpId));
  if (rsvp?.status !== status) return null;
  const [event, shift, to] = await Promise.all([findEventById(strapi, rsvp.eventId), findShift(strapi, rsvp.shiftId), supporterOf(strapi, rsvp.userId)]);
  if (!event || event.status !== 'published' || !shift || !to) return null;
  return { rsvp, event, shift, to };
}

/** A confirmed seat: the event, the shift, and (confirmed attendees only) the street address. */
async function loadConfirmed(strapi: Core.Strapi, payload: RsvpNoticePayload) {
  const found = await rsvpNow(strapi, payload, 'confirmed');
  if (!found) return null;
  const { event, shift, to } = found;
  return { to, vars: { ...(await eventVars(strapi, event, shift, to.locale)), address: addressOf(event) } };
}

const PLACEHOLDERS_CONFIRMED = ['eventTitle', 'hostName', 'shiftTime', 'venueName', 'area', 'address', 'eventUrl'];

export const rsvpConfirmedNotice: NoticeDefinition<RsvpNoticePayload> = {
  key: RSVP_CONFIRMED,
  transactional: true,
  description: 'To a supporter whose RSVP to a shift is confirmed: when, the street address, the event page and how to cancel.',
  placeholders: PLACEHOLDERS_CONFIRMED,
  defaults: {
    en: {
      subject: "You're confirmed: {{eventTitle}}",
      body: `Hi {{name}},

You have a seat at {{eventTitle}}.

When: {{shiftTime}}
Where: {{#venueName}}{{venueName}}, {{/venueName}}{{address}}
Host: {{hostName}}

Event page: {{eventUrl}}

Can't make it after all? Please cancel your RSVP on the event page, so someone on the waitlist can take your seat.

See you there, and thank you for standing with {{committeeName}}!`,
    },
    es: {
      subject: 'Tiene su lugar: {{eventTitle}}',
      body: `Hola, {{name}}:

Tiene su lugar en {{eventTitle}}.

Cuándo: {{shiftTime}}
Dónde: {{#venueName}}{{venueName}}, {{/venueName}}{{address}}
Organiza: {{hostName}}

Página del evento: {{eventUrl}}

¿Ya no puede asistir? Cancele su confirmación en la página del evento, para que alguien de la lista de espera pueda ocupar su lugar.

¡Nos vemos allí, y gracias por apoyar a {{committeeName}}!`,
    },
  },
  load: loadConfirmed,
};

export const rsvpWaitlistedNotice: NoticeDefinition<RsvpNoticePayload> = {
  key: RSVP_WAITLISTED,
  transactional: true,
  description: "To a supporter put on a full shift's waitlist: their place in line. No street address until a seat is theirs.",
  placeholders: ['eventTitle', 'hostName', 'shiftTime', 'venueName', 'area', 'waitlistPosition', 'eventUrl'],
  defaults: {
    en: {
      subject: "You're on the waitlist: {{eventTitle}}",
      body: `Hi {{name}},

{{eventTitle}} is full for the shift you chose, so you're on its waitlist: number {{waitlistPosition}} in line.

When: {{shiftTime}}
Where: {{#venueName}}{{venueName}}, {{/venueName}}{{area}}
Host: {{hostName}}

If a seat opens up, it goes to the first person in line, and we'll email you the confirmation with the address.

Event page: {{eventUrl}}

Thank you for standing with {{committeeName}}!`,
    },
    es: {
      subject: 'Está en la lista de espera: {{eventTitle}}',
      body: `Hola, {{name}}:

{{eventTitle}} está completo en el turno que eligió, así que está en su lista de espera: tiene el número {{waitlistPosition}}.

Cuándo: {{shiftTime}}
Dónde: {{#venueName}}{{venueName}}, {{/venueName}}{{area}}
Organiza: {{hostName}}

Si se libera un lugar, será para la primera persona de la lista, y le enviaremos la confirmación con la dirección.

Página del evento: {{eventUrl}}

¡Gracias por apoyar a {{committeeName}}!`,
    },
  },
  async load(strapi, payload) {
    const found = await rsvpNow(strapi, payload, 'waitlisted');
    if (!found) return null;
    const { rsvp, event, shift, to } = found;
    return { to, vars: { ...(await eventVars(strapi, event, shift, to.locale)), waitlistPosition: await waitlistPosition(strapi, rsvp) } };
  },
};

export const waitlistPromotedNotice: NoticeDefinition<RsvpNoticePayload> = {
  key: WAITLIST_PROMOTED,
  transactional: true,
  description: 'To a waitlisted supporter who gets a seat that freed up: now confirmed, with the street address.',
  placeholders: PLACEHOLDERS_CONFIRMED,
  defaults: {
    en: {
      subject: 'A seat opened up: {{eventTitle}}',
      body: `Hi {{name}},

Good news: a seat opened up at {{eventTitle}}, and it's yours. You're off the waitlist and confirmed.

When: {{shiftTime}}
Where: {{#venueName}}{{venueName}}, {{/venueName}}{{address}}
Host: {{hostName}}

Event page: {{eventUrl}}

Can't make it after all? Please cancel your RSVP on the event page, so the next person on the waitlist can take your seat.

See you there, and thank you for standing with {{committeeName}}!`,
    },
    es: {
      subject: 'Se liberó un lugar: {{eventTitle}}',
      body: `Hola, {{name}}:

Buenas noticias: se liberó un lugar en {{eventTitle}} y es suyo. Ya no está en la lista de espera: su lugar está confirmado.

Cuándo: {{shiftTime}}
Dónde: {{#venueName}}{{venueName}}, {{/venueName}}{{address}}
Organiza: {{hostName}}

Página del evento: {{eventUrl}}

¿Ya no puede asistir? Cancele su confirmación en la página del evento, para que la siguiente persona de la lista de espera pueda ocupar su lugar.

¡Nos vemos allí, y gracias por apoyar a {{committeeName}}!`,
    },
  },
  load: loadConfirmed,
};

const KEYS = { confirmed: RSVP_CONFIRMED, waitlisted: RSVP_WAITLISTED, promoted: WAITLIST_PROMOTED } as const;

/**
 * Queues the notice of an RSVP's new state in the transaction that gave it that state: one notice per
 * RSVP and state (`rsvp:<id>:confirmed`), however often the change is replayed.
 */
export function queueRsvpNotice(strapi: Core.Strapi, state: keyof typeof KEYS, rsvpId: number, trx: OutboxDb) {
  return sendNotice<RsvpNoticePayload>(strapi, KEYS[state], `rsvp:${rsvpId}:${state}`, { rsvpId }, trx);
}
