import { format } from '../../../messages';
import { checkbox, errorSlot, errorSummary, selectField, textField } from '../../components/form';
import { affirmationsFieldset, donorFieldset, legalText } from './donor-fields';
import { thermometer } from '../../components/thermometer';
import { formatMoney } from '../../format';
import { html, type SafeHtml } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import {
  enc,
  FUNDRAISING_API,
  fundraisingPage,
  optional,
  type ComplianceForm,
  type ComplianceFormMeta,
  type Election,
  type PublicCampaign,
} from './data';

/** The query keys /donate reads: what it credits, a suggested amount, attribution, a checkout given up. */
export const DONATE_QUERY = ['page', 'campaign', 'amount', 'ref', 'refcode', 'refcode2', 'utm_source', 'utm_medium', 'utm_campaign', 'cancelled'] as const;

/** Strings the donate enhancer words itself (client-side checks and the refusals it translates). */
export const DONATE_CLIENT_MESSAGES = [
  'amountRequired',
  'amountInvalid',
  'overLimit',
  'overLimitReached',
  'fieldRequired',
  'affirmationRequired',
  'invalidZip',
  'invalidState',
  'invalidEmail',
  'invalidPassport',
  'donateWorking',
] as const;

/** Attribution carried from the query, cut to what the donate route accepts (validators/donation.ts). */
function hiddenInput(name: string, value: string | undefined | null, max: number) {
  const kept = value?.trim().slice(0, max);
  return kept ? html`<input type="hidden" name="${name}" value="${kept}">` : '';
}

/** A checkbox with a hint under its label (linked by aria-describedby). */
function checkboxWithHint(name: string, label: string | SafeHtml, hint: string, checked = false) {
  const id = `field-${name}`;
  return html`<div class="field" data-field="${name}">
${errorSlot(name)}
<div class="checkbox"><input type="checkbox" id="${id}" name="${name}" value="true" aria-describedby="${id}-hint ${id}-error"${checked ? html` checked` : ''}><span><label for="${id}">${label}</label>
<span class="hint" id="${id}-hint">${hint}</span></span></div>
</div>`;
}

function amountChoice(context: PageContext, presets: number[], suggested: number | null) {
  const { t, locale } = context;
  const other = suggested !== null && !presets.includes(suggested) ? (suggested / 100).toFixed(suggested % 100 ? 2 : 0) : null;
  return html`<fieldset class="field amount" id="field-amountCents" tabindex="-1" aria-describedby="field-amountCents-error">
<legend>${t.amountLegend}</legend>
${errorSlot('amountCents')}
<div class="amounts">
${presets.map(
  (cents) =>
    html`<label class="amount-option"><input type="radio" name="amountPreset" value="${cents}"${cents === suggested ? html` checked` : ''}> ${formatMoney(cents, locale)}</label>`
)}
</div>
${textField({ name: 'amountOther', label: t.amountOther, hint: t.amountOtherHint, inputmode: 'decimal', value: other, maxlength: 12 })}
<input type="hidden" name="amountCents" value="">
</fieldset>`;
}

/** `/donate`: the contribution form built from GET /compliance/form, submitted by the `donate` enhancer. */
export async function donatePage(context: PageContext): Promise<RenderedPage> {
  const { t, locale, query } = context;
  const [formAnswer, electionsAnswer, page, campaign] = await Promise.all([
    context.api.get<{ data: ComplianceForm; meta: ComplianceFormMeta }>(`${FUNDRAISING_API}/compliance/form`, { locale }),
    context.api.get<{ data: Election[]; meta: { defaultElectionDocumentId: string | null } }>(`${FUNDRAISING_API}/elections`, { locale }),
    query.page ? optional(() => fundraisingPage(context, query.page)) : Promise.resolve(null),
    query.campaign
      ? optional(() =>
          context.api
            .get<{ data: PublicCampaign }>(`${FUNDRAISING_API}/campaigns/${enc(query.campaign)}`, { locale })
            .then((body) => body.data)
        )
      : Promise.resolve(null),
  ]);
  const form = formAnswer.data;
  const englishTexts = new Set(formAnswer.meta?.localeFallbackTexts ?? []);
  const presets = campaign?.presetAmountsCents?.length ? campaign.presetAmountsCents : form.presetAmountsCents;
  const asked = /^\d{3,7}$/.test(query.amount ?? '') ? Number(query.amount) : null;
  const suggested = asked !== null && asked >= 100 ? asked : null;
  const elections = electionsAnswer.data ?? [];
  const defaultElection = electionsAnswer.meta?.defaultElectionDocumentId ?? elections[0]?.documentId ?? null;
  const credited = page && !page.isClosed ? page : null;

  const about: SafeHtml[] = [];
  if (page) {
    const name = page.owner.displayName;
    about.push(html`<section class="card donate-for" aria-labelledby="donate-for-title">
<h2 class="card__title" id="donate-for-title"><a href="${context.href(`/fundraise/${page.slug}`)}">${page.title}</a></h2>
<p>${
      page.isClosed
        ? format(t.donatePageClosed, { title: page.title })
        : name
          ? format(t.donateForPage, { title: page.title, name })
          : format(t.donateForPageNoOwner, { title: page.title })
    }</p>
${thermometer(context, page.thermometer)}
</section>`);
  } else if (campaign) {
    about.push(html`<section class="card donate-for" aria-labelledby="donate-for-title">
<h2 class="card__title" id="donate-for-title">${campaign.name}</h2>
<p>${format(t.donateForCampaign, { name: campaign.name })}</p>
${thermometer(context, { raisedCents: campaign.raisedCents, goalCents: campaign.goalCents, percent: campaign.percent })}
</section>`);
  }

  const main = html`<div class="donate">
<h1>${t.donateTitle}</h1>
<p class="lead">${t.donateLead}</p>
${query.cancelled ? html`<p class="notice" role="status">${t.donateCancelled}</p>` : ''}
${about}
<noscript><p class="notice">${t.noscriptForms}</p></noscript>
<form class="form donate-form" method="post" data-donate-form novalidate>
${errorSummary(t.errorSummaryTitle)}
${amountChoice(context, presets, suggested)}
${checkboxWithHint('recurring', t.monthlyLabel, t.monthlyHint)}
${donorFieldset(context, form, englishTexts)}
${
  elections.length > 1
    ? selectField({
        name: 'electionDocumentId',
        label: t.electionLabel,
        options: elections.map((election) => ({ value: election.documentId, label: election.name })),
        value: defaultElection,
      })
    : ''
}
${
  form.redesignationConsent
    ? checkbox({
        name: 'redesignationConsent',
        label: legalText(form.redesignationConsent.text, form.redesignationConsent.localeFallback, context),
      })
    : ''
}
${checkboxWithHint('anonymous', t.anonymousLabel, t.anonymousHint)}
${affirmationsFieldset(context, form)}
${hiddenInput('pageSlug', credited?.slug, 120)}
${hiddenInput('recruiter', query.ref, 120)}
${hiddenInput('refcode', query.refcode, 100)}
${hiddenInput('refcode2', query.refcode2, 100)}
${hiddenInput('utmSource', query.utm_source, 100)}
${hiddenInput('utmMedium', query.utm_medium, 100)}
${hiddenInput('utmCampaign', query.utm_campaign, 100)}
<p class="statement">${legalText(form.notTaxDeductibleStatement, englishTexts.has('notTaxDeductibleStatement'), context)}</p>
<p><button type="submit" class="button button--primary button--wide">${t.donateSubmit}</button></p>
<p class="hint">${t.donateSecureNote}</p>
<p class="visually-hidden" role="status" aria-live="polite" data-donate-status></p>
</form>
</div>`;

  return {
    head: { title: page ? `${t.donateTitle}: ${page.title}` : t.donateTitle, description: t.donateDescription },
    main,
    tags: ['fundraising'],
    ttlSeconds: 60,
    enhance: ['donate'],
    clientMessages: DONATE_CLIENT_MESSAGES,
  };
}
