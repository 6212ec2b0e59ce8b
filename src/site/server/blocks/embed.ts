import { format } from '../../messages';
import { formatDateTime, formatNumber } from '../format';
import { html, safeUrl, type SafeHtml } from '../html';
import type { PageContext } from '../types';
import { thermometer } from '../components/thermometer';
import { productBySlug } from '../pages/shop/data';
import { productCard } from '../pages/shop/product-card';

export interface Embed {
  kind: 'fundraising-page' | 'fundraising-campaign' | 'call-day' | 'event' | 'group' | 'product';
  recordId: string;
  caption?: string | null;
}

/** The cache tag of the area an embed reads from: a write there drops the page that embeds it. */
export const EMBED_TAGS: Record<Embed['kind'], string> = {
  'fundraising-page': 'fundraising',
  'fundraising-campaign': 'fundraising',
  'call-day': 'callcenter',
  event: 'profiles',
  group: 'profiles',
  product: 'store',
};

const id = (value: string) => encodeURIComponent(value);

async function fundraisingPage(context: PageContext, slug: string) {
  const { data } = await context.api.get<{ data: any }>(`/mymitt-fundraising/pages/${id(slug)}`);
  return html`<h2 class="card__title"><a href="${context.href(`/fundraise/${data.slug}`)}">${data.title}</a></h2>
${thermometer(context, data.thermometer)}
<p><a class="button button--primary" href="${context.href(`/donate?page=${encodeURIComponent(data.slug)}`)}">${context.t.giveNow}</a></p>`;
}

async function fundraisingCampaign(context: PageContext, slug: string) {
  const { data } = await context.api.get<{ data: any }>(`/mymitt-fundraising/campaigns/${id(slug)}`, { locale: context.locale });
  return html`<h2 class="card__title">${data.name}</h2>
${thermometer(context, { raisedCents: data.raisedCents, goalCents: data.goalCents, donorCount: data.donorCount })}
<p><a class="button button--primary" href="${context.href(`/donate?campaign=${encodeURIComponent(data.slug)}`)}">${context.t.giveNow}</a></p>`;
}

async function callDay(context: PageContext, slug: string) {
  const { data } = await context.api.get<{ data: any }>(`/mymitt-callcenter/call-days/${id(slug)}/progress`, { locale: context.locale });
  return html`<h2 class="card__title">${data.name}</h2>
<p>${formatDateTime(data.startsAt, context.locale)}</p>
${data.description ? html`<p>${data.description}</p>` : ''}
<p>${format(context.t.callDayProgress, { calls: formatNumber(data.calls, context.locale) })}</p>
${data.goalCalls ? html`<progress max="100" value="${Math.min(100, data.percentOfGoal ?? 0)}" aria-label="${data.percentOfGoal ?? 0}%"></progress>` : ''}
<p><a class="button button--primary" href="${context.href('/calls')}">${context.t.makeCalls}</a></p>`;
}

async function event(context: PageContext, documentId: string) {
  const { data } = await context.api.get<{ data: any }>(`/mymitt-profiles/events/${id(documentId)}`);
  const place = [data.venueName, data.city, data.state].filter(Boolean).join(', ');
  return html`<h2 class="card__title">${data.title}</h2>
<dl class="facts">
<dt>${context.t.eventWhen}</dt><dd>${formatDateTime(data.startsAt, context.locale, data.timeZone)}</dd>
${place ? html`<dt>${context.t.eventWhere}</dt><dd>${place}</dd>` : ''}
</dl>
${data.host?.displayName ? html`<p>${format(context.t.eventHost, { name: data.host.displayName })}</p>` : ''}`;
}

async function group(context: PageContext, slug: string) {
  const { data } = await context.api.get<{ data: any }>(`/mymitt-profiles/groups/${id(slug)}`);
  return html`<h2 class="card__title">${data.name}</h2>
${data.description ? html`<p>${data.description}</p>` : ''}
${data.avatar?.url ? html`<img src="${safeUrl(data.avatar.url)}" alt="" loading="lazy">` : ''}`;
}

/** A product by its slug: the shop's card and a link to its page. */
async function product(context: PageContext, slug: string) {
  const data = await productBySlug(context, slug);
  return html`${productCard(context, data)}
<p><a class="button button--primary" href="${context.href(`/shop/${data.slug}`)}">${context.t.shopEmbedBuy}</a></p>`;
}

const RENDERERS: Record<Embed['kind'], (context: PageContext, recordId: string) => Promise<SafeHtml>> = {
  'fundraising-page': fundraisingPage,
  'fundraising-campaign': fundraisingCampaign,
  'call-day': callDay,
  event,
  group,
  product,
};

/** An embedded record as a card. A record that is gone or not public shows a short notice, not an error page. */
export async function embed(context: PageContext, block: Embed): Promise<SafeHtml> {
  const renderer = RENDERERS[block.kind];
  let content: SafeHtml;
  try {
    content = await renderer(context, block.recordId);
  } catch {
    content = html`<p class="muted">${context.t.embedUnavailable}</p>`;
  }
  return html`<section class="block card card--${block.kind}">
${content}
${block.caption ? html`<p class="card__caption">${block.caption}</p>` : ''}
</section>`;
}
