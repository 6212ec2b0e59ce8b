import { errorSummary, textField } from '../../components/form';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import { DONATE_CLIENT_MESSAGES } from '../giving/donate';
import { FUNDRAISING_API, type ComplianceForm, type ComplianceFormMeta } from '../giving/data';
import { affirmationsFieldset, donorFieldset, legalText } from '../giving/donor-fields';
import { storeSettings } from './data';

/**
 * `/shop/cart`: the cart this browser keeps (drawn by the `shop-checkout` enhancer) and the checkout form:
 * where it ships, and the contribution's donor data and affirmations exactly as the donate form asks them
 * (a purchase is a contribution, FEC-11). Signed in or as a guest; it POSTs /mymitt-store/checkout.
 */
export async function cartPage(context: PageContext): Promise<RenderedPage> {
  const { t, locale } = context;
  const [formAnswer, settings] = await Promise.all([
    context.api.get<{ data: ComplianceForm; meta: ComplianceFormMeta }>(`${FUNDRAISING_API}/compliance/form`, { locale }),
    storeSettings(context),
  ]);
  const form = formAnswer.data;
  const englishTexts = new Set(formAnswer.meta?.localeFallbackTexts ?? []);

  return {
    head: { title: t.shopCart, noIndex: true },
    main: html`<div class="donate shop-cart">
<h1>${t.shopCart}</h1>
<div data-cart>
<p class="notice" data-cart-empty>${t.shopCartEmpty}</p>
</div>
<p><a href="${context.href('/shop')}">${t.shopContinue}</a></p>
<noscript><p class="notice">${t.noscriptForms}</p></noscript>
<form class="form checkout-form" method="post" data-checkout-form novalidate hidden>
${errorSummary(t.errorSummaryTitle)}
<fieldset class="field-group">
<legend>${t.shopShipTo}</legend>
<p class="hint">${t.shopUsOnly}</p>
${textField({ name: 'shipping.name', label: t.shopShipName, required: true, autocomplete: 'shipping name', maxlength: 120 })}
${textField({ name: 'shipping.street', label: t.street, required: true, autocomplete: 'shipping address-line1', maxlength: 200 })}
${textField({ name: 'shipping.street2', label: t.shopStreet2, autocomplete: 'shipping address-line2', maxlength: 200 })}
${textField({ name: 'shipping.city', label: t.city, required: true, autocomplete: 'shipping address-level2', maxlength: 80 })}
<div class="field-row">
${textField({ name: 'shipping.state', label: t.state, required: true, autocomplete: 'shipping address-level1', hint: t.stateHint, maxlength: 2 })}
${textField({ name: 'shipping.zip', label: t.zip, required: true, autocomplete: 'shipping postal-code', maxlength: 10 })}
</div>
</fieldset>
${donorFieldset(context, form, englishTexts)}
${affirmationsFieldset(context, form)}
<p class="statement">${legalText(form.notTaxDeductibleStatement, englishTexts.has('notTaxDeductibleStatement'), context)}</p>
<p><button type="submit" class="button button--primary button--wide">${t.shopPay}</button></p>
<p class="hint">${t.donateSecureNote}</p>
<p class="visually-hidden" role="status" aria-live="polite" data-checkout-status></p>
</form>
</div>`,
    tags: ['fundraising', 'store'],
    ttlSeconds: 60,
    enhance: ['shop-checkout'],
    clientMessages: [...DONATE_CLIENT_MESSAGES, 'shopItems', 'shopShipping', 'shopTotal', 'shopRemove', 'shopQty', 'shopWorking', 'shopCartEmpty'],
    clientData: { shippingFlatCents: settings.shippingFlatCents },
  };
}
