/**
 * Staff-editable notice templates (content type plugin::mymitt-profiles.notice-template, i18n en/es): every
 * registered notice gets an English template and its Spanish localization from its defaults (once, also when
 * two instances seed at the same moment); a web team edit in the content manager changes what the next
 * notice says; a template with a placeholder its notice does not fill, or with another key, is a 400 and
 * nothing is saved. Mail goes over real SMTP (tests/helpers/smtp-mailbox.ts).
 */
import { drainOutbox, noticeDefinitions, registerNotice, sendNotice, type NoticeDefinition } from '@mymitt/plugin-kit';
import { useSmtpMailbox } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { unknownPlaceholders } from '../../../plugins/mymitt-profiles/server/src/domain/notice-templates';

process.env.SITE_URL = 'https://site.campaign.test';

const mailbox = useSmtpMailbox();
const app = useStrapi();

const UID = 'plugin::mymitt-profiles.notice-template';
const CM = `/content-manager/collection-types/${UID}`;
const KEY = 'test.rally-reminder';

interface RallyPayload {
  email: string;
  locale: 'en' | 'es';
}

const RALLY: NoticeDefinition<RallyPayload> = {
  key: KEY,
  transactional: true,
  description: 'Sent the day before a rally to each supporter who said they would come.',
  placeholders: ['eventTitle', 'eventUrl'],
  defaults: {
    en: { subject: 'Tomorrow: {{eventTitle}}', body: 'Hi {{name}},\n\nSee you at {{eventTitle}}.{{#eventUrl}} Details: {{eventUrl}}{{/eventUrl}}' },
    es: { subject: 'Mañana: {{eventTitle}}', body: 'Hola {{name}}:\n\nNos vemos en {{eventTitle}}.{{#eventUrl}} Detalles: {{eventUrl}}{{/eventUrl}}' },
  },
  async load(_strapi, payload) {
    return {
      to: { email: payload.email, locale: payload.locale, firstName: 'Ann' },
      vars: { eventTitle: 'the Concord rally', eventUrl: 'https://site.campaign.test/events/concord' },
    };
  },
};

const templates = () => app.strapi.plugin('mymitt-profiles').service('notice-templates');
const rowsOf = (key: string) =>
  app.strapi.db.query(UID as any).findMany({ where: { key }, orderBy: { locale: 'asc' } }) as Promise<Array<Record<string, any>>>;

let web: SignedInAdmin;
let superAdmin: SignedInAdmin;
let documentId: string;

beforeAll(async () => {
  // A notice registered after boot (as a plugin's register() would before it): the seed gives it its templates.
  registerNotice(app.strapi, RALLY);
  web = await signInAdmin(app, 'Web team');
  superAdmin = await signInAdmin(app);
});

/** Sends the rally notice and returns the message that arrived. */
async function sendRally(id: string, locale: 'en' | 'es') {
  const email = `rally-${id}@example.org`;
  await sendNotice(app.strapi, KEY, `rally:${id}`, { email, locale });
  await drainOutbox(app.strapi);
  return mailbox.waitFor((message) => message.to.includes(email));
}

describe('notice templates', () => {
  it('every notice the app registers has its English and Spanish template from boot, and its defaults use only its placeholders', async () => {
    for (const definition of noticeDefinitions(app.strapi).filter((d) => d.key !== KEY)) {
      const rows = await rowsOf(definition.key);
      expect({ key: definition.key, locales: rows.map((row) => row.locale) }).toEqual({ key: definition.key, locales: ['en', 'es'] });
      expect(new Set(rows.map((row) => row.documentId)).size).toBe(1);
      for (const locale of ['en', 'es'] as const) {
        const text = `${definition.defaults[locale].subject}\n${definition.defaults[locale].body}`;
        expect({ key: definition.key, locale, unknown: unknownPlaceholders(definition, text) }).toEqual({ key: definition.key, locale, unknown: [] });
      }
    }
  });

  it('seeds a registered notice once: an English document and its Spanish localization, with what staff need to know', async () => {
    // Two instances booting at once both seed: each template still exists once, and a later boot adds nothing.
    await Promise.all([templates().seed(), templates().seed()]);
    expect(await templates().seed()).toBe(0);

    const rows = await rowsOf(KEY);
    expect(rows.map((row) => row.locale)).toEqual(['en', 'es']);
    expect(rows[0].documentId).toBe(rows[1].documentId);
    documentId = rows[0].documentId;
    expect(rows[0]).toMatchObject({ subject: 'Tomorrow: {{eventTitle}}', body: RALLY.defaults.en.body });
    expect(rows[1]).toMatchObject({ subject: 'Mañana: {{eventTitle}}', body: RALLY.defaults.es.body });
    for (const row of rows) {
      expect(row).toMatchObject({
        key: KEY,
        description: RALLY.description,
        placeholders: '{{name}}, {{committeeName}}, {{siteUrl}}, {{eventTitle}}, {{eventUrl}}',
        transactional: true,
      });
    }

    // The Spanish row is the localization of the English document, as the content manager shows it.
    const es = await app.strapi.documents(UID as any).findOne({ documentId, locale: 'es' });
    expect(es).toMatchObject({ locale: 'es', subject: 'Mañana: {{eventTitle}}' });
    const listed = await app.http().get(`${CM}?page=1&pageSize=100&locale=es`).set(bearer(web.token));
    expect(listed.status).toBe(200);
    expect(listed.body.results.map((r: any) => r.key)).toContain(KEY);
  });

  it('the seeded texts are what the notice says, in the language of the recipient', async () => {
    const en = await sendRally('seeded-en', 'en');
    expect(en.subject).toBe('Tomorrow: the Concord rally');
    expect(en.text).toContain('Hi Ann,');
    const es = await sendRally('seeded-es', 'es');
    expect(es.subject).toBe('Mañana: the Concord rally');
    expect(es.text).toContain('Hola Ann:');
  });

  it('a web team edit in the content manager changes what the next notice says', async () => {
    const saved = await app
      .http()
      .put(`${CM}/${documentId}?locale=es`)
      .set(bearer(web.token))
      .send({
        key: KEY,
        subject: '¡Mañana es el día! {{eventTitle}}',
        body: 'Querida {{name}}:\n\n{{eventTitle}} empieza a las 10.{{^eventUrl}} Sin enlace.{{/eventUrl}}\n\nEl equipo de {{committeeName}}',
        // Informational fields are the notice's, whatever is sent.
        description: 'changed by hand',
        placeholders: '{{anything}}',
        transactional: false,
      });
    expect(saved.status).toBe(200);
    const [en, es] = await rowsOf(KEY);
    expect(es).toMatchObject({ subject: '¡Mañana es el día! {{eventTitle}}', description: RALLY.description, transactional: true });
    expect(es.placeholders).toBe('{{name}}, {{committeeName}}, {{siteUrl}}, {{eventTitle}}, {{eventUrl}}');
    expect(en).toMatchObject({ subject: 'Tomorrow: {{eventTitle}}', description: RALLY.description, transactional: true });

    const edited = await sendRally('edited-es', 'es');
    expect(edited.subject).toBe('¡Mañana es el día! the Concord rally');
    expect(edited.text).toContain('Querida Ann:');
    expect(edited.text).toContain('the Concord rally empieza a las 10.');
    expect(edited.text).not.toContain('Sin enlace');
    // English still says its own text.
    expect((await sendRally('edited-en', 'en')).subject).toBe('Tomorrow: the Concord rally');
  });

  it('refuses a placeholder the notice does not fill, naming it, and saves nothing', async () => {
    const before = await rowsOf(KEY);
    const res = await app
      .http()
      .put(`${CM}/${documentId}?locale=en`)
      .set(bearer(web.token))
      .send({ key: KEY, subject: 'Tomorrow: {{eventTitle}}', body: 'Hi {{name}}, bring {{donorPhone}}.{{#ticketUrl}} {{ticketUrl}}{{/ticketUrl}}' });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain('{{donorPhone}}, {{ticketUrl}}');
    expect(res.body.error.message).toContain(`"${KEY}"`);
    expect(res.body.error.details).toMatchObject({ code: 'unknown_placeholder', placeholders: ['donorPhone', 'ticketUrl'] });
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['body'] })]);

    const inSubject = await app.http().put(`${CM}/${documentId}?locale=en`).set(bearer(web.token)).send({ key: KEY, subject: 'Hi {{ lastName }}', body: 'Hi.' });
    expect(inSubject.status).toBe(400);
    expect(inSubject.body.error.details).toMatchObject({ code: 'unknown_placeholder', placeholders: ['lastName'] });

    expect(await rowsOf(KEY)).toEqual(before);
  });

  it('refuses a changed or unknown key, and the web team neither creates nor deletes templates', async () => {
    const before = await rowsOf(KEY);
    const renamed = await app
      .http()
      .put(`${CM}/${documentId}?locale=en`)
      .set(bearer(superAdmin.token))
      .send({ key: 'test.other', subject: 'Tomorrow', body: 'Hi.' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error).toMatchObject({ name: 'ValidationError', details: { code: 'invalid_notice_key' } });
    expect(renamed.body.error.message).toContain(`"${KEY}"`);

    const unknown = await app.http().post(`${CM}?locale=en`).set(bearer(superAdmin.token)).send({ key: 'no.such-notice', subject: 'Hello', body: 'Hi.' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('"no.such-notice"');
    expect(await rowsOf('no.such-notice')).toEqual([]);

    expect((await app.http().post(`${CM}?locale=en`).set(bearer(web.token)).send({ key: KEY, subject: 'Hello', body: 'Hi.' })).status).toBe(403);
    expect((await app.http().delete(`${CM}/${documentId}?locale=es`).set(bearer(web.token))).status).toBe(403);
    expect(await rowsOf(KEY)).toEqual(before);
  });
});
