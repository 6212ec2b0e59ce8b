import { format } from '../../../messages';
import { thermometer, thermometerText } from '../../components/thermometer';
import { formatDate, formatMoney } from '../../format';
import { html, safeUrl, trusted } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import { enc, fundraisingPage, type PublicFundraisingPage } from './data';

/** Plain share links (no social script): copy (main.ts wires `button[data-copy]`), email, X, Facebook. */
export function shareLinks(context: PageContext, url: string, title: string, text: string) {
  const { t } = context;
  const mail = `mailto:?subject=${enc(format(t.shareEmailSubject, { title }))}&body=${enc(`${text}\n\n${url}`)}`;
  return html`<section class="share" aria-labelledby="share-title">
<h2 id="share-title" class="share__title">${t.shareTitle}</h2>
<ul class="share__links">
<li><button type="button" class="button button--secondary" data-copy="${url}" data-copied-text="${t.shareCopied}" aria-controls="share-status" hidden>${t.shareCopy}</button></li>
<li><a href="${mail}">${t.shareEmail}</a></li>
<li><a href="https://twitter.com/intent/tweet?url=${enc(url)}&amp;text=${enc(text)}" rel="noopener noreferrer" target="_blank">${t.shareX}</a></li>
<li><a href="https://www.facebook.com/sharer/sharer.php?u=${enc(url)}" rel="noopener noreferrer" target="_blank">${t.shareFacebook}</a></li>
</ul>
<p class="share__status" id="share-status" role="status" aria-live="polite"></p>
</section>`;
}

function honorRoll(context: PageContext, page: PublicFundraisingPage) {
  const { t, locale } = context;
  return html`<section class="block" aria-labelledby="honor-roll-title">
<h2 id="honor-roll-title">${t.honorRollTitle}</h2>
${
  page.honorRoll.length
    ? html`<ul class="honor-roll">${page.honorRoll.map(
        (gift) => html`<li><span class="honor-roll__name">${gift.displayName}</span> <span class="honor-roll__amount">${formatMoney(gift.amountCents, locale)}</span></li>`
      )}</ul>`
    : html`<p class="muted">${t.honorRollEmpty}</p>`
}
</section>`;
}

function updates(context: PageContext, page: PublicFundraisingPage) {
  const { t, locale } = context;
  if (!page.updates.length) return '';
  return html`<section class="block" aria-labelledby="updates-title">
<h2 id="updates-title">${t.updatesTitle}</h2>
<ol class="updates">${page.updates.map(
    // `html` of an update is sanitized by the API on write (an allow-list, like the story).
    (update) => html`<li class="update"><p class="update__date muted">${format(t.postedOn, { date: formatDate(update.postedAt, locale) })}</p>${trusted(update.html)}</li>`
  )}</ol>
</section>`;
}

/**
 * `/fundraise/:slug` — a supporter's public fundraising page: story, thermometer, honor roll (anonymity as
 * the API keeps it: anonymous gifts are not listed), updates, team and share links. Its link preview
 * (Open Graph / Twitter card) carries the thermometer in words. Cached briefly, dropped by any gift.
 */
export async function fundraisingPageView(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const page = await fundraisingPage(context, context.params.slug);
  const owner = page.owner.displayName ?? '';
  const raised = thermometerText(context, page.thermometer);
  const url = `${context.origin}${context.href(`/fundraise/${page.slug}`)}`;
  const donate = context.href(`/donate?page=${enc(page.slug)}`);

  const main = html`<article class="fundraiser">
<header class="fundraiser__header">
<h1>${page.title}</h1>
${owner ? html`<p class="fundraiser__owner">${format(t.fundraiserBy, { name: owner })}</p>` : ''}
${page.team ? html`<p><a href="${context.href(`/teams/${page.team.slug}`)}">${format(t.fundraiserTeam, { team: page.team.name })}</a></p>` : ''}
</header>
<div class="fundraiser__layout">
<div class="fundraiser__main">
${page.image?.url ? html`<img class="fundraiser__image" src="${safeUrl(page.image.url)}" alt="${page.image.alternativeText ?? ''}"${page.image.width ? html` width="${page.image.width}"` : ''}${page.image.height ? html` height="${page.image.height}"` : ''}>` : ''}
${page.storyHtml ? html`<section class="rich-text fundraiser__story" aria-label="${t.storyTitle}">${trusted(page.storyHtml)}</section>` : ''}
${updates(context, page)}
</div>
<aside class="fundraiser__side">
<div class="card">
${thermometer(context, page.thermometer)}
${
  page.isClosed
    ? html`<p class="notice">${t.fundraiserClosed}</p>`
    : html`<p><a class="button button--primary button--wide" href="${donate}">${t.fundraiserDonate}</a></p>`
}
</div>
${shareLinks(context, url, page.title, format(t.shareText, { name: owner || page.title, title: page.title }))}
${honorRoll(context, page)}
</aside>
</div>
</article>`;

  return {
    head: {
      title: page.title,
      description: owner ? format(t.fundraiserDescription, { thermometer: raised, name: owner }) : raised,
      image: page.image?.url ?? null,
      type: 'article',
    },
    main,
    tags: ['fundraising'],
    ttlSeconds: 30,
  };
}
