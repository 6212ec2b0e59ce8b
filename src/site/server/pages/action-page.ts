import { html } from '../html';
import { renderBlocks, type Block } from '../blocks';
import type { PageContext, RenderedPage } from '../types';

interface ActionCenterPage {
  title: string;
  slug: string;
  seo?: { metaTitle?: string | null; metaDescription?: string | null; noIndex?: boolean | null; shareImage?: { url: string } | null } | null;
  blocks?: Block[];
}

/** One Action Center page as the web team built it, from its published version in this locale. */
export async function renderActionCenterPage(context: PageContext, page: ActionCenterPage, extra: Partial<RenderedPage> = {}): Promise<RenderedPage> {
  const { markup, tags, hasH1 } = await renderBlocks(context, page.blocks);
  return {
    head: {
      title: page.seo?.metaTitle || page.title,
      description: page.seo?.metaDescription ?? undefined,
      image: page.seo?.shareImage?.url ?? null,
      noIndex: Boolean(page.seo?.noIndex),
    },
    main: html`<article class="action-page">${hasH1 ? '' : html`<h1>${page.title}</h1>`}${markup}</article>`,
    tags,
    ...extra,
  };
}

async function publishedPage(context: PageContext, slug: string) {
  const { data } = await context.api.get<{ data: ActionCenterPage }>(`/pages/slug/${encodeURIComponent(slug)}`, { locale: context.locale });
  return data;
}

/** `/` and `/es/`: the page whose slug is `home`. */
export async function homePage(context: PageContext) {
  return renderActionCenterPage(context, await publishedPage(context, 'home'));
}

/** `/pages/:slug` (`/` is the home page's own address). */
export async function actionCenterPage(context: PageContext) {
  return renderActionCenterPage(context, await publishedPage(context, context.params.slug));
}
