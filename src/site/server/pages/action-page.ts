import { ApiError } from '../api-client';
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
  try {
    return renderActionCenterPage(context, await publishedPage(context, 'home'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return builtInHome(context);
    throw error;
  }
}

/** Until the web team publishes a page with the slug `home`, the home page offers the six actions. */
function builtInHome(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const actions: Block[] = (
    [
      ['donate', t.navDonate],
      ['start-fundraiser', t.navFundraise],
      ['make-calls', t.makeCalls],
      ['host-event', t.hostEvent],
      ['shop', t.shopGear],
      ['sign-up', t.navSignUp],
    ] as const
  ).map(([action, label], index) => ({ __component: 'blocks.call-to-action', action, label, emphasis: index === 0 ? 'primary' : 'secondary' }));
  return renderActionCenterPage(context, {
    title: t.siteName,
    slug: 'home',
    seo: { metaDescription: t.homeDescription },
    blocks: [{ __component: 'blocks.hero', heading: t.siteName, subheading: t.homeDescription }, ...actions],
  });
}

/** `/pages/:slug` (`/` is the home page's own address). */
export async function actionCenterPage(context: PageContext) {
  return renderActionCenterPage(context, await publishedPage(context, context.params.slug));
}
