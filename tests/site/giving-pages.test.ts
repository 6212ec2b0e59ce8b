/**
 * The supporter site's giving pages as HTML, without a browser: a fundraising page carries its title, the
 * committee's disclaimer and a link preview quoting its thermometer; /donate renders every field and
 * affirmation the law needs, with labels, in English and Spanish; the pages of one donor's gift (thanks,
 * cancel link, test checkout) are never cached. The gifts go through the sandbox gateway (no Stripe key).
 */
import { useStrapi } from '../helpers/strapi';
import { bearer } from '../helpers/admins';
import { aDonationBody } from '../helpers/donation-bodies';
import { signUpSupporter, type SignedInSupporter } from '../helpers/supporters';

process.env.STRIPE_SECRET_KEY = '';
process.env.STRIPE_WEBHOOK_SECRET = '';
process.env.STRIPE_API_BASE = '';
process.env.SITE_URL = '';
process.env.DONATE_RATE_LIMIT = 'false';

const app = useStrapi();
const API = '/api/mymitt-fundraising';

const html = (url: string) => app.http().get(url).set('Accept', 'text/html');
const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Every <script> of a page loads a file or carries JSON data: nothing inline can run. */
function inlineScripts(body: string) {
  return [...body.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]).filter((attributes) => !/\bsrc=|type="application\/json"/.test(attributes));
}

function meta(body: string, attribute: 'property' | 'name', key: string): string | undefined {
  const match = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)">`).exec(body);
  return match?.[1];
}

/** A gift through the donate route, paid on the sandbox checkout as the site's "Pay (test)" button does. */
async function give(overrides: Record<string, unknown>, pay = true) {
  const res = await app.http().post(`${API}/donations`).send({ data: aDonationBody(overrides) });
  expect(res.status).toBe(201);
  const checkout = new URL(res.body.data.checkoutUrl).pathname;
  if (pay) {
    const paid = await app.http().post(`${checkout}/complete`).set('Accept', 'application/json');
    expect(paid.body.data).toMatchObject({ status: 'succeeded' });
  }
  return { documentId: res.body.data.documentId as string, checkout, sessionId: checkout.split('/').pop()! };
}

describe('giving pages of the supporter site', () => {
  let owner: SignedInSupporter;
  let disclaimer: string;
  let page: { documentId: string; slug: string };

  beforeAll(async () => {
    disclaimer = (await app.strapi.service('api::committee-setting.committee-setting').current()).disclaimer;
    owner = await signUpSupporter(app, { firstName: 'Olivia', lastName: 'Owens' });
    const created = await app
      .http()
      .post(`${API}/pages`)
      .set(bearer(owner.jwt))
      .send({ data: { title: 'Olivia walks for Mitt', goalCents: 60000, story: 'I walk **10k** <script>alert(1)</script>' } });
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('published');
    page = created.body.data;
  });

  it('a fundraising page: title, owner, sanitized story, thermometer in its link preview, disclaimer, share links, no inline script', async () => {
    const before = await html(`/fundraise/${page.slug}`);
    expect(before.status).toBe(200);
    expect(before.text).toContain('$0 raised of $600 (0% of the goal)');

    await give({ amountCents: 2700, firstName: 'Ann', pageSlug: page.slug });
    await give({ amountCents: 1500, firstName: 'Secret', lastName: 'Donorson', pageSlug: page.slug, anonymous: true });

    // The gifts dropped the cached HTML: the page shows them at once.
    const res = await html(`/fundraise/${page.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^public/);
    expect(res.text).toContain('<h1>Olivia walks for Mitt</h1>');
    expect(res.text).toContain('<title>Olivia walks for Mitt · Action Center</title>');
    expect(res.text).toMatch(/A fundraiser by Olivia/);
    expect(res.text).toContain('<strong>10k</strong>');
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain(`<p class="disclaimer">${escape(disclaimer)}</p>`);

    const thermometer = '$42 raised of $600 (7% of the goal)';
    expect(res.text).toContain(thermometer);
    expect(res.text).toMatch(/<progress max="100" value="7"/);
    expect(meta(res.text, 'property', 'og:title')).toBe('Olivia walks for Mitt');
    expect(meta(res.text, 'property', 'og:description')).toContain(thermometer);
    expect(meta(res.text, 'property', 'og:type')).toBe('article');
    expect(meta(res.text, 'name', 'twitter:card')).toBe('summary');
    expect(meta(res.text, 'name', 'twitter:description')).toContain(thermometer);

    // Honor roll: the named donor as "First L.", the anonymous one counted but not named.
    expect(res.text).toMatch(/Ann R\.<\/span> <span class="honor-roll__amount">\$27<\/span>/);
    expect(res.text).not.toMatch(/Secret|Donorson/);

    const url = meta(res.text, 'property', 'og:url')!;
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/fundraise/${page.slug}$`));
    expect(res.text).toContain(`href="/donate?page=${page.slug}"`);
    expect(res.text).toContain(`data-copy="${url}"`);
    expect(res.text).toContain(`href="https://twitter.com/intent/tweet?url=${encodeURIComponent(url)}&amp;text=`);
    expect(res.text).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}"`);
    expect(res.text).toMatch(/href="mailto:\?subject=[^"]+&amp;body=[^"]+"/);
    expect(inlineScripts(res.text)).toEqual([]);

    const es = await html(`/es/fundraise/${page.slug}`);
    expect(es.text).toMatch(/<html lang="es">/);
    expect(meta(es.text, 'property', 'og:description')).toContain('$42 recaudados de $600 (7% de la meta)');
    expect(es.text).toContain('Dona a esta recaudación');

    expect((await html('/fundraise/no-such-page')).status).toBe(404);
  });

  it('a team page: name, captain, thermometer and each member page with its own', async () => {
    const team = await app
      .http()
      .post(`${API}/teams`)
      .set(bearer(owner.jwt))
      .send({ data: { name: 'Granite walkers', goalCents: 500000, pageDocumentId: page.documentId } });
    expect(team.status).toBe(201);
    const res = await html(`/teams/${team.body.data.slug}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Granite walkers</h1>');
    expect(res.text).toMatch(/Captain: Olivia/);
    expect(res.text).toContain(`href="/fundraise/${page.slug}">Olivia walks for Mitt</a>`);
    expect(res.text).toContain('$42 raised of $5,000');
    expect(res.text).toContain('$42 raised of $600');
    expect(meta(res.text, 'property', 'og:description')).toContain('$42 raised of $5,000');
    expect(res.text).toContain(`<p class="disclaimer">${escape(disclaimer)}</p>`);
    expect(inlineScripts(res.text)).toEqual([]);
    // The member page links back to its team.
    expect((await html(`/fundraise/${page.slug}`)).text).toContain(`href="/teams/${team.body.data.slug}"`);
  });

  describe('/donate', () => {
    const DONOR_FIELDS = ['firstName', 'lastName', 'email', 'street', 'city', 'state', 'zip', 'country', 'usPassportNumber', 'occupation', 'employer'];

    /** An input, select or checkbox named `name` with a <label for> pointing at it. */
    function expectLabelled(body: string, name: string) {
      const id = `field-${name}`;
      expect(body).toContain(`<label for="${id}">`);
      expect(body).toMatch(new RegExp(`<(input|select)[^>]* id="${id.replace('.', '\\.')}"[^>]* name="${name.replace('.', '\\.')}"`));
    }

    it.each([
      ['en', '/donate', { firstName: 'First name', occupation: 'Occupation', employer: 'Employer', recurring: 'Make it a monthly gift', submit: 'Continue to payment' }],
      ['es', '/es/donate', { firstName: 'Nombre', occupation: 'Ocupación', employer: 'Empleador', recurring: 'Hazla una donación mensual', submit: 'Continuar al pago' }],
    ])('renders every field and affirmation the law needs, labelled, in %s', async (locale, path, words) => {
      const form = (await app.http().get(`${API}/compliance/form`).query({ locale })).body.data;
      const elections = (await app.http().get(`${API}/elections`).query({ locale })).body;
      const res = await html(path);
      expect(res.status).toBe(200);
      expect(res.text).toMatch(new RegExp(`<html lang="${locale}">`));

      for (const name of DONOR_FIELDS) expectLabelled(res.text, name);
      for (const [name, label] of Object.entries(words).filter(([key]) => key !== 'submit' && key !== 'recurring')) {
        expect(res.text).toContain(`<label for="field-${name}">${escape(label)}</label>`);
      }
      // Every affirmation, in this language, each its own required box with its text as the label.
      expect(form.affirmations.items).toHaveLength(5);
      for (const item of form.affirmations.items) {
        expectLabelled(res.text, `affirmations.${item.key}`);
        expect(res.text).toContain(escape(item.text));
      }
      expect(res.text).toContain(`name="affirmationsVersion" value="${form.affirmations.version}"`);
      expect(res.text).toContain(escape(form.bestEffortsStatement));
      expect(res.text).toContain(escape(form.notTaxDeductibleStatement));
      if (form.redesignationConsent) {
        expectLabelled(res.text, 'redesignationConsent');
        expect(res.text).toContain(escape(form.redesignationConsent.text));
      }
      // Presets and another amount; monthly offered, never preselected (FEC-12); anonymous offered.
      for (const cents of form.presetAmountsCents) expect(res.text).toContain(`name="amountPreset" value="${cents}"`);
      expectLabelled(res.text, 'amountOther');
      expect(res.text).toContain(`<label for="field-recurring">${escape(words.recurring)}</label>`);
      expect(res.text).toMatch(/<input type="checkbox" id="field-recurring" name="recurring" value="true" aria-describedby="[^"]*">/);
      expectLabelled(res.text, 'anonymous');
      // An election choice when more than one is ahead, the default one selected.
      if (elections.data.length > 1) {
        expectLabelled(res.text, 'electionDocumentId');
        for (const election of elections.data) expect(res.text).toContain(`>${escape(election.name)}</option>`);
        expect(res.text).toContain(`<option value="${elections.meta.defaultElectionDocumentId}" selected>`);
      }
      expect(res.text).toContain(words.submit);
      expect(res.text).toContain(`<p class="disclaimer">${escape(disclaimer)}</p>`);
      expect(inlineScripts(res.text)).toEqual([]);
    });

    it('credits the fundraising page and carries attribution from the query; a page it cannot find is left out', async () => {
      const res = await html(`/donate?page=${page.slug}&amount=4000&ref=pat-recruiter&refcode=email1&utm_source=news&other=dropped`);
      expect(res.status).toBe(200);
      expect(res.text).toContain(`<input type="hidden" name="pageSlug" value="${page.slug}">`);
      expect(res.text).toContain('<input type="hidden" name="recruiter" value="pat-recruiter">');
      expect(res.text).toContain('<input type="hidden" name="refcode" value="email1">');
      expect(res.text).toContain('<input type="hidden" name="utmSource" value="news">');
      expect(res.text).toContain('Olivia walks for Mitt');
      // $40 is not a preset: it fills "other amount".
      expect(res.text).toMatch(/id="field-amountOther" name="amountOther"[^>]* value="40"/);
      expect(res.text).toContain('name="amountPreset" value="2500">');

      const missing = await html('/donate?page=no-such-page');
      expect(missing.status).toBe(200);
      expect(missing.text).not.toContain('name="pageSlug"');
    });
  });

  it("/donate?campaign= names the drive, shows its thermometer and offers its own amounts, in either language", async () => {
    await app.strapi.db.query('plugin::mymitt-fundraising.fundraising-campaign').create({
      data: {
        name: 'Spring drive',
        nameEs: 'Campaña de primavera',
        slug: 'spring-drive',
        goalCents: 1_000_000,
        startsAt: new Date(Date.now() - 60_000),
        presetAmountsCents: [1500, 3000, 7500],
      },
    });
    const res = await html('/donate?campaign=spring-drive');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Your gift counts toward Spring drive.');
    expect(res.text).toMatch(/raised of \$10,000/);
    for (const cents of [1500, 3000, 7500]) expect(res.text).toContain(`name="amountPreset" value="${cents}"`);
    expect(res.text).not.toContain('name="amountPreset" value="1000"');
    const es = await html('/es/donate?campaign=spring-drive');
    expect(es.text).toContain('Tu donación cuenta para Campaña de primavera.');
  });

  describe("one donor's pages are private", () => {
    it('/donate/thanks shows the gift pending, then confirmed; never cached', async () => {
      const pending = await give({ amountCents: 3100, pageSlug: page.slug }, false);
      const first = await html(`/donate/thanks?contribution=${pending.documentId}`);
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('private, no-store');
      expect(first.headers.etag).toBeUndefined();
      expect(first.text).toContain('<meta name="robots" content="noindex">');
      expect(first.text).toContain('We are confirming your gift of $31.');
      expect(first.text).toMatch(/aria-live="polite"/);
      expect(first.text).toContain(`href="/fundraise/${page.slug}"`);
      expect(inlineScripts(first.text)).toEqual([]);

      await app.http().post(`${pending.checkout}/complete`).set('Accept', 'application/json');
      const after = await html(`/donate/thanks?contribution=${pending.documentId}`);
      expect(after.text).toContain('Your gift of $31 is confirmed.');

      const unknown = await html('/donate/thanks?contribution=nosuchgift');
      expect(unknown.status).toBe(404);
      expect(unknown.headers['cache-control']).toBe('private, no-store');
    });

    it("/donate/cancel (the receipt's link) and the sandbox checkout page are never cached", async () => {
      const monthly = await give({ amountCents: 1000, recurring: true });
      const link = new URL(app.strapi.plugin('mymitt-fundraising').service('payments').cancelLink({ documentId: monthly.documentId }, 'http://x.test'));
      const res = await html(`${link.pathname}${link.search}`);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.text).toContain('<meta name="robots" content="noindex">');
      expect(res.text).toContain('Your monthly gift of $10 is charged every month.');
      expect(res.text).toContain(`<input type="hidden" name="token" value="${link.searchParams.get('token')}">`);
      expect(inlineScripts(res.text)).toEqual([]);

      const open = await give({ amountCents: 2200 }, false);
      const checkout = await html(`/donate/sandbox/${open.sessionId}?contribution=${open.documentId}`);
      expect(checkout.status).toBe(200);
      expect(checkout.headers['cache-control']).toBe('private, no-store');
      expect(checkout.text).toContain('Gift: $22');
      expect(checkout.text).toContain(`action="${open.checkout}/complete"`);
      expect(checkout.text).toContain('Pay (test)');
      expect((await html(`/donate/sandbox/cs_sandbox_${'0'.repeat(32)}?contribution=${open.documentId}`)).status).toBe(404);
    });
  });
});
