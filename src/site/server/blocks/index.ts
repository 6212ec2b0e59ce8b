import { html, type SafeHtml } from '../html';
import type { PageContext } from '../types';
import { callToActionBlock, type CallToAction } from './call-to-action';
import { embed, EMBED_TAGS, type Embed } from './embed';
import { hero, type Hero } from './hero';
import { renderRichText } from './rich-text';

export type Block =
  | ({ __component: 'blocks.hero' } & Hero)
  | { __component: 'blocks.rich-text'; body: unknown }
  | ({ __component: 'blocks.call-to-action' } & CallToAction)
  | ({ __component: 'blocks.embed' } & Embed);

/** Renders a page's dynamic zone in order; embeds are read in parallel. Returns the tags they depend on. */
export async function renderBlocks(context: PageContext, blocks: Block[] = []): Promise<{ markup: SafeHtml; tags: string[]; hasH1: boolean }> {
  const tags = new Set<string>(['content']);
  const firstHero = blocks.findIndex((block) => block.__component === 'blocks.hero');
  const parts = await Promise.all(
    blocks.map(async (block, index) => {
      switch (block.__component) {
        case 'blocks.hero':
          return hero(context, block, index === firstHero);
        case 'blocks.rich-text':
          return html`<section class="block">${renderRichText(block.body)}</section>`;
        case 'blocks.call-to-action':
          return callToActionBlock(context, block);
        case 'blocks.embed':
          tags.add(EMBED_TAGS[block.kind]);
          return embed(context, block);
        default:
          return html``;
      }
    })
  );
  return { markup: html`${parts}`, tags: [...tags], hasH1: firstHero >= 0 };
}
