import { checkbox, selectField, textField } from '../../components/form';
import { html, type SafeHtml } from '../../html';
import type { PageContext } from '../../types';
import { countryOptions } from './countries';
import type { ComplianceForm } from './data';

/**
 * The donor half of every contribution form (the donate form, the shop's checkout): who gives, where
 * they live, their employment and the FEC-08 affirmations, worded by GET /compliance/form. The browser
 * side is browser/giving/donor-form.ts.
 */

/** Text staff wrote in English only, shown on a Spanish page: marked as English for screen readers. */
export function legalText(text: string, english: boolean, context: PageContext): SafeHtml {
  return english && context.locale !== 'en' ? html`<span lang="en">${text}</span>` : html`${text}`;
}

/** Name, email, address, passport (foreign addresses), occupation and employer, and the best-efforts statement. */
export function donorFieldset(context: PageContext, form: ComplianceForm, englishTexts: Set<string>): SafeHtml {
  const { t, locale } = context;
  return html`<fieldset class="field-group">
<legend>${t.donorLegend}</legend>
<p class="hint">${t.donorLead}</p>
<div class="field-row">
${textField({ name: 'firstName', label: t.firstName, required: true, autocomplete: 'given-name', maxlength: 60 })}
${textField({ name: 'lastName', label: t.lastName, required: true, autocomplete: 'family-name', maxlength: 60 })}
</div>
${textField({ name: 'email', label: t.email, type: 'email', required: true, autocomplete: 'email', hint: t.emailHint, maxlength: 254 })}
${textField({ name: 'street', label: t.street, required: true, autocomplete: 'street-address', maxlength: 200 })}
${textField({ name: 'city', label: t.city, required: true, autocomplete: 'address-level2', maxlength: 80 })}
<div class="field-row">
${textField({ name: 'state', label: t.state, required: true, autocomplete: 'address-level1', hint: t.stateHint, maxlength: 60 })}
${textField({ name: 'zip', label: t.zip, required: true, autocomplete: 'postal-code', maxlength: 12 })}
</div>
${selectField({ name: 'country', label: t.country, options: countryOptions(locale), value: 'US', required: true, autocomplete: 'country' })}
<div data-passport>
${textField({ name: 'usPassportNumber', label: t.passport, hint: t.passportHint, maxlength: 9 })}
</div>
${textField({ name: 'occupation', label: t.occupation, required: true, autocomplete: 'organization-title', hint: t.occupationHint, maxlength: 80 })}
${textField({ name: 'employer', label: t.employer, required: true, autocomplete: 'organization', hint: t.employerHint, maxlength: 120 })}
<p class="statement">${legalText(form.bestEffortsStatement, englishTexts.has('bestEffortsStatement'), context)}</p>
</fieldset>`;
}

/** The FEC-08 affirmations, every box required, and the version of their wording. */
export function affirmationsFieldset(context: PageContext, form: ComplianceForm): SafeHtml {
  return html`<fieldset class="field-group affirmations">
<legend>${context.t.affirmationsLegend}</legend>
${form.affirmations.items.map((item) =>
  checkbox({ name: `affirmations.${item.key}`, label: legalText(item.text, item.localeFallback, context), required: true })
)}
</fieldset>
<input type="hidden" name="affirmationsVersion" value="${form.affirmations.version}">`;
}
