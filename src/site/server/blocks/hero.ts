import { html, safeUrl } from '../html';
import type { PageContext } from '../types';
import { callToAction, type CallToAction } from './call-to-action';

export interface Hero {
  heading: string;
  subheading?: string | null;
  image?: { url: string; alternativeText?: string | null; width?: number | null; height?: number | null } | null;
  button?: CallToAction | null;
}

/** The first hero's heading is the page's h1 (the page title stays in <title> and the card). */
export function hero(context: PageContext, block: Hero, isFirst: boolean) {
  const heading = isFirst ? html`<h1>${block.heading}</h1>` : html`<h2>${block.heading}</h2>`;
  return html`<section class="block hero">
<div class="hero__text">
${heading}
${block.subheading ? html`<p class="hero__lead">${block.subheading}</p>` : ''}
${block.button ? html`<p>${callToAction(context, block.button)}</p>` : ''}
</div>
${
  block.image?.url
    ? html`<img class="hero__image" src="${safeUrl(block.image.url)}" alt="${block.image.alternativeText ?? ''}" ${
        block.image.width ? html`width="${block.image.width}" height="${block.image.height ?? ''}"` : ''
      }>`
    : ''
}
</section>`;
}
