/**
 * The notices of events and groups (issue 17 item 3), through the real path: a change over the public
 * API queues its notice in its own transaction, the outbox delivers it over SMTP to a local test server.
 * Each reaches the right supporter once, in their language (the account's preferredLocale), with links
 * the site serves; a confirmed seat carries the street address, a waitlist place never does; replaying
 * the change sends nothing more.
 */
import { drainOutbox } from '@mymitt/plugin-kit';
import { linksIn, useSmtpMailbox, type MailboxMessage } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const SITE_URL = 'https://site.campaign.test';
process.env.SITE_URL = SITE_URL;

const mailbox = useSmtpMailbox();
const app = useStrapi();

const API = '/api/mymitt-profiles';
const USER_UID = 'plugin::users-permissions.user';
const YEAR = new Date().getUTCFullYear() + 1;
const STREET = '742 Evergreen Terrace';
const NEW_STREET = '1600 Glenarm Place';
const TITLE = 'Debate watch party';

interface Supporter extends SignedInSupporter {
  email: string;
  slug: string;
  displayName: string;
}

async function aSupporter(firstName: string, locale: 'en' | 'es' = 'en'): Promise<Supporter> {
  const signedUp = await signUpSupporter(app, { firstName });
  if (locale === 'es') {
    // The account's language (the accounts work adds the field; registration's `locale` sets it).
    const attributes = (app.strapi.contentTypes as any)[USER_UID].attributes;
    expect(attributes.preferredLocale).toMatchObject({ type: 'enumeration' });
    await app.strapi.db.query(USER_UID).update({ where: { id: signedUp.user.id }, data: { preferredLocale: 'es' } });
  }
  const me = await app.http().get(`${API}/profiles/me`).set(bearer(signedUp.jwt));
  return { ...signedUp, email: signedUp.registration.email, slug: me.body.data.slug, displayName: me.body.data.displayName };
}

const as = (who: Supporter) => bearer(who.jwt);

/** A house party in Denver on 5 December next year, 6 to 9 pm: one shift with one seat. */
async function hostParty(host: Supporter) {
  const res = await app
    .http()
    .post(`${API}/events`)
    .set(as(host))
    .send({
      data: {
        title: TITLE,
        type: 'house-party',
        timeZone: 'America/Denver',
        venueName: "Pat's living room",
        streetAddress: STREET,
        zip: '80202',
        shifts: [{ startsAt: `${YEAR}-12-05T18:00`, endsAt: `${YEAR}-12-05T21:00`, capacity: 1 }],
      },
    });
  expect(res.status).toBe(201);
  return { documentId: res.body.data.documentId as string, shift: res.body.data.shifts[0].documentId as string };
}

type Party = Awaited<ReturnType<typeof hostParty>>;

const rsvp = (party: Party, who: Supporter) =>
  app.http().post(`${API}/events/${party.documentId}/shifts/${party.shift}/rsvp`).set(as(who)).send({});
const cancelRsvp = (party: Party, who: Supporter) =>
  app.http().delete(`${API}/events/${party.documentId}/shifts/${party.shift}/rsvp`).set(as(who));
const editEvent = (party: Party, who: Supporter, data: Record<string, unknown>) =>
  app.http().put(`${API}/events/${party.documentId}`).set(as(who)).send({ data });

/** The mail `who` got whose subject matches, once it has come. */
const mailTo = (who: Supporter, subject: string) => mailbox.waitFor((m) => m.to.includes(who.email) && m.subject === subject);
/** Every mail `who` got with that subject, after the outbox has delivered all it holds. */
async function allMailTo(who: Supporter, subject: string) {
  await drainOutbox(app.strapi);
  return mailbox.to(who.email).filter((m) => m.subject === subject);
}

/** Text, HTML and subject together: what must (not) be said anywhere in a message. */
const wholly = (message: MailboxMessage) => `${message.subject}\n${message.text}\n${message.html}`;
/** Intl's time formats use narrow no-break spaces ("6:00 – 9:00 PM"); compare with plain ones. */
const plain = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, ' ');

/** The message's one site link (besides an unsubscribe link): the same in both parts, and the site serves it. */
async function expectSiteLink(message: MailboxMessage, path: string) {
  const links = linksIn(message);
  const site = (urls: string[]) => urls.filter((url) => url.startsWith(SITE_URL) && !url.includes('unsubscribe'));
  expect(site(links.text)).toEqual([`${SITE_URL}${path}`]);
  expect(site(links.html)).toEqual([`${SITE_URL}${path}`]);
  const page = await app.http().get(path).set('Accept', 'text/html');
  expect(page.status).toBe(200);
}

describe('RSVP notices', () => {
  it('a confirmed seat is mailed with the street address, a waitlist place without it; the supporter promoted from the waitlist gets it then; each once, in their own language', async () => {
    const host = await aSupporter('Hosta');
    const ana = await aSupporter('Ana');
    const beto = await aSupporter('Beto', 'es');
    const party = await hostParty(host);

    const first = await rsvp(party, ana);
    expect([first.status, first.body.data.status]).toEqual([201, 'confirmed']);
    const confirmed = await mailTo(ana, `You're confirmed: ${TITLE}`);
    const confirmedText = plain(confirmed.text);
    expect(confirmedText).toContain('Hi Ana,');
    expect(confirmedText).toContain(`December 5, ${YEAR}, 6:00 – 9:00 PM MST`);
    expect(confirmedText).toContain(`Where: Pat's living room, ${STREET}, Denver, CO 80202`);
    expect(confirmedText).toContain('Host: Hosta D.\n');
    expect(confirmedText).toContain('cancel your RSVP');
    expect(confirmed.html).toContain(STREET);
    // Transactional: no unsubscribe line.
    expect(wholly(confirmed)).not.toContain('unsubscribe');
    await expectSiteLink(confirmed, '/events');

    const second = await rsvp(party, beto);
    expect(second.body.data).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const waitlisted = await mailTo(beto, `Está en la lista de espera: ${TITLE}`);
    expect(plain(waitlisted.text)).toContain('Hola, Beto:');
    expect(plain(waitlisted.text)).toContain('tiene el número 1');
    expect(plain(waitlisted.text)).toContain(`5 de diciembre de ${YEAR}`);
    expect(plain(waitlisted.text)).toContain('Denver, CO 80202');
    expect(waitlisted.html).toContain('lang="es"');
    // Only confirmed attendees ever get the address.
    expect(wholly(waitlisted)).not.toContain(STREET);
    expect(wholly(waitlisted)).not.toContain('Evergreen');
    await expectSiteLink(waitlisted, '/es/events');

    // Replays: the same RSVP again changes nothing and sends nothing.
    const again = [await rsvp(party, ana), await rsvp(party, beto)];
    expect(again.map((res) => [res.status, res.body.data.status])).toEqual([
      [200, 'confirmed'],
      [200, 'waitlisted'],
    ]);

    // Ana gives up her seat: Beto, first in line, gets it, and the address with it.
    const cancelled = await cancelRsvp(party, ana);
    expect(cancelled.status).toBe(200);
    const promoted = await mailTo(beto, `Se liberó un lugar: ${TITLE}`);
    expect(plain(promoted.text)).toContain(`Dónde: Pat's living room, ${STREET}, Denver, CO 80202`);
    expect(plain(promoted.text)).toContain('su lugar está confirmado');
    await expectSiteLink(promoted, '/es/events');
    // Cancelling again is refused, and promotes nobody twice.
    expect((await cancelRsvp(party, ana)).status).toBe(404);

    expect(await allMailTo(ana, `You're confirmed: ${TITLE}`)).toHaveLength(1);
    expect(await allMailTo(beto, `Está en la lista de espera: ${TITLE}`)).toHaveLength(1);
    expect(await allMailTo(beto, `Se liberó un lugar: ${TITLE}`)).toHaveLength(1);
    // Nobody else heard of these seats: not the host, and not in the other language.
    expect(mailbox.to(host.email).filter((m) => m.subject.includes(TITLE))).toEqual([]);
    expect(mailbox.to(ana.email).filter((m) => m.subject.includes(TITLE))).toHaveLength(1);
    expect(mailbox.to(beto.email).filter((m) => m.subject.includes(TITLE))).toHaveLength(2);
  });
});

describe('event changes', () => {
  it('a new place reaches the confirmed attendee with the new address and the waitlisted one without it; a replayed edit or one that keeps the place sends nothing', async () => {
    const host = await aSupporter('Hosta');
    const cora = await aSupporter('Cora', 'es');
    const dan = await aSupporter('Dan');
    const party = await hostParty(host);
    expect((await rsvp(party, cora)).body.data.status).toBe('confirmed');
    expect((await rsvp(party, dan)).body.data.status).toBe('waitlisted');
    await mailTo(cora, `Tiene su lugar: ${TITLE}`);
    await mailTo(dan, `You're on the waitlist: ${TITLE}`);

    const moved = { streetAddress: NEW_STREET, venueName: 'Union Hall' };
    expect((await editEvent(party, host, moved)).status).toBe(200);

    const toCora = await mailTo(cora, `Cambio de planes: ${TITLE}`);
    expect(plain(toCora.text)).toContain('Ahora es en otro lugar');
    expect(plain(toCora.text)).toContain(`Dónde: Union Hall, ${NEW_STREET}, Denver, CO 80202`);
    expect(plain(toCora.text)).toContain('Su lugar sigue siendo suyo');
    expect(wholly(toCora)).not.toContain(STREET);
    await expectSiteLink(toCora, '/es/events');

    const toDan = await mailTo(dan, `Change of plans: ${TITLE}`);
    expect(plain(toDan.text)).toContain('It has moved to a new place');
    expect(plain(toDan.text)).toContain('Where: Union Hall, Denver, CO 80202');
    expect(plain(toDan.text)).toContain("You're still on the waitlist");
    expect(wholly(toDan)).not.toContain(NEW_STREET);
    expect(wholly(toDan)).not.toContain(STREET);
    await expectSiteLink(toDan, '/events');

    // The same edit again, and an edit that leaves the place alone, tell nobody.
    expect((await editEvent(party, host, moved)).status).toBe(200);
    expect((await editEvent(party, host, { description: 'Snacks provided.' })).status).toBe(200);

    expect(await allMailTo(cora, `Cambio de planes: ${TITLE}`)).toHaveLength(1);
    expect(await allMailTo(dan, `Change of plans: ${TITLE}`)).toHaveLength(1);
    expect(mailbox.to(host.email).filter((m) => m.subject.includes(TITLE))).toEqual([]);
  });
});

describe('event cancellation', () => {
  it('reaches every attendee once, in their language, without the address; cancelling again sends nothing', async () => {
    const host = await aSupporter('Hosta');
    const eve = await aSupporter('Eve');
    const fay = await aSupporter('Fay', 'es');
    const party = await hostParty(host);
    expect((await rsvp(party, eve)).body.data.status).toBe('confirmed');
    expect((await rsvp(party, fay)).body.data.status).toBe('waitlisted');

    const call = () => app.http().post(`${API}/events/${party.documentId}/cancel`).set(as(host)).send({});
    expect((await call()).body.data.status).toBe('cancelled');

    const toEve = await mailTo(eve, `Cancelled: ${TITLE}`);
    expect(plain(toEve.text)).toContain('Hi Eve,');
    expect(plain(toEve.text)).toContain('has been cancelled');
    expect(plain(toEve.text)).toContain(`December 5, ${YEAR}, 6:00 – 9:00 PM MST`);
    expect(wholly(toEve)).not.toContain(STREET);
    await expectSiteLink(toEve, '/events');
    const toFay = await mailTo(fay, `Cancelado: ${TITLE}`);
    expect(plain(toFay.text)).toContain('se ha cancelado');
    await expectSiteLink(toFay, '/es/events');

    expect((await call()).status).toBe(200);
    expect(await allMailTo(eve, `Cancelled: ${TITLE}`)).toHaveLength(1);
    expect(await allMailTo(fay, `Cancelado: ${TITLE}`)).toHaveLength(1);
    expect(mailbox.to(host.email).filter((m) => m.subject.includes('Cancel'))).toEqual([]);
  });

  it('a listed event staff take down is called off for its attendees too', async () => {
    const webTeam = await signInAdmin(app, 'Web team');
    const host = await aSupporter('Hosta');
    const gus = await aSupporter('Gus');
    const party = await hostParty(host);
    expect((await rsvp(party, gus)).body.data.status).toBe('confirmed');

    const takeDown = () =>
      app.http().post(`/mymitt-profiles/moderation/events/${party.documentId}/reject`).set(bearer(webTeam.token)).send({ reason: 'Spam.' });
    expect((await takeDown()).body.data.status).toBe('rejected');
    const toGus = await mailTo(gus, `Cancelled: ${TITLE}`);
    // The reason is for the organisers only.
    expect(wholly(toGus)).not.toContain('Spam.');
    expect((await takeDown()).status).toBe(200);
    expect(await allMailTo(gus, `Cancelled: ${TITLE}`)).toHaveLength(1);
  });
});

describe('group join requests', () => {
  it('a request reaches the owner and each organizer once, in their language, with a working link and an unsubscribe line; the answer reaches the requester once', async () => {
    const owner = await aSupporter('Olga');
    const organizer = await aSupporter('Oscar', 'es');
    const created = await app
      .http()
      .post(`${API}/groups`)
      .set(as(owner))
      .send({ data: { name: 'Denver Neighbors for Mitt', joinPolicy: 'approval', zip: '80202' } });
    expect(created.status).toBe(201);
    const { slug, name } = created.body.data as { slug: string; name: string };
    const join = (who: Supporter) => app.http().post(`${API}/groups/${slug}/join`).set(as(who)).send({});
    const answer = (who: Supporter, request: Supporter, decision: 'approve' | 'reject') =>
      app.http().post(`${API}/groups/${slug}/requests/${request.slug}/${decision}`).set(as(who)).send({});

    // Oscar asks; the owner hears of it and lets him in: he is told so, in Spanish.
    expect((await join(organizer)).body.data.status).toBe('pending');
    await mailTo(owner, `${organizer.displayName} asked to join ${name}`);
    expect((await answer(owner, organizer, 'approve')).status).toBe(200);
    const welcome = await mailTo(organizer, `Le damos la bienvenida a ${name}`);
    expect(plain(welcome.text)).toContain('ya es miembro');
    const promoted = await app
      .http()
      .put(`${API}/groups/${slug}/members/${organizer.slug}`)
      .set(as(owner))
      .send({ data: { role: 'organizer' } });
    expect(promoted.status).toBe(200);

    // Gil asks: both organizers hear of it, each in their language.
    const gil = await aSupporter('Gil');
    expect((await join(gil)).body.data.status).toBe('pending');
    const toOwner = await mailTo(owner, `${gil.displayName} asked to join ${name}`);
    expect(plain(toOwner.text)).toContain('Hi Olga,');
    expect(plain(toOwner.text)).toContain('Review the request');
    await expectSiteLink(toOwner, '/account');
    const toOrganizer = await mailTo(organizer, `${gil.displayName} pidió unirse a ${name}`);
    expect(plain(toOrganizer.text)).toContain('Hola, Oscar:');
    await expectSiteLink(toOrganizer, '/es/account');
    // Not transactional: the kit adds an unsubscribe line, in the reader's language.
    expect(toOwner.text).toMatch(/To stop these emails, use this link: https:\/\/site\.campaign\.test\/unsubscribe\?token=\S+/);
    expect(toOrganizer.text).toMatch(/use este enlace: https:\/\/site\.campaign\.test\/es\/unsubscribe\?token=\S+/);
    // Asking again changes nothing and sends nothing.
    expect((await join(gil)).body.data.status).toBe('pending');

    // Oscar turns Gil down; answering again is refused and sends nothing.
    expect((await answer(organizer, gil, 'reject')).status).toBe(200);
    const turnedDown = await mailTo(gil, `Your request to join ${name}`);
    expect(plain(turnedDown.text)).toContain('was not approved');
    await expectSiteLink(turnedDown, '/');
    expect((await answer(owner, gil, 'reject')).status).toBe(409);
    expect((await answer(owner, gil, 'approve')).status).toBe(409);

    expect(await allMailTo(owner, `${gil.displayName} asked to join ${name}`)).toHaveLength(1);
    expect(await allMailTo(organizer, `${gil.displayName} pidió unirse a ${name}`)).toHaveLength(1);
    expect(await allMailTo(organizer, `Le damos la bienvenida a ${name}`)).toHaveLength(1);
    expect(await allMailTo(gil, `Your request to join ${name}`)).toHaveLength(1);
    expect(mailbox.to(gil.email).filter((m) => m.subject.includes(name))).toHaveLength(1);
    // The organizers are not told of their own answers.
    expect(mailbox.to(owner.email).filter((m) => m.subject.includes(name))).toHaveLength(2);
  });

  it('an open group admits at once and tells nobody', async () => {
    const owner = await aSupporter('Olga');
    const created = await app
      .http()
      .post(`${API}/groups`)
      .set(as(owner))
      .send({ data: { name: 'Open Denver Volunteers', joinPolicy: 'open', zip: '80202' } });
    const { slug, name } = created.body.data as { slug: string; name: string };
    const ivy = await aSupporter('Ivy');
    expect((await app.http().post(`${API}/groups/${slug}/join`).set(as(ivy)).send({})).body.data.status).toBe('active');
    await drainOutbox(app.strapi);
    expect(mailbox.messages.filter((m) => m.subject.includes(name))).toEqual([]);
  });
});
