import { ApiError } from '../api-client';
import { html } from '../html';
import type { PageContext, RenderedPage } from '../types';
import { renderActionCenterPage } from './action-page';

/**
 * `/preview` and `/es/preview`: a draft (or published version) of an Action Center page, opened from the
 * content manager's Preview panel with a signed link. The pages API checks the signature and answers
 * that exact version; the site only passes the link's parameters on. Never cached, never indexed.
 */
export async function previewPage(context: PageContext): Promise<RenderedPage> {
  const { documentId, status, expires, signature } = context.query;
  const banner = html`<p class="notice notice--preview" role="note">${context.t.previewBanner}</p>`;
  try {
    const { data } = await context.api.get<{ data: any }>(`/pages/${encodeURIComponent(documentId ?? '')}`, {
      locale: context.locale,
      status,
      expires,
      signature,
    });
    const page = await renderActionCenterPage(context, data, { cache: 'private' });
    return { ...page, head: { ...page.head, noIndex: true }, main: html`${banner}${page.main}` };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    return {
      status: error.status,
      cache: 'private',
      head: { title: context.t.previewUnavailable, noIndex: true },
      main: html`<section class="narrow"><h1>${context.t.previewUnavailable}</h1><p>${error.message}</p></section>`,
    };
  }
}

/** The link names the locale as a parameter; the Spanish preview lives under /es/ like every Spanish page. */
export function previewPath(query: Record<string, string>, pathLocale: string): string | null {
  if (query.locale !== 'es' || pathLocale === 'es') return null;
  return `/es/preview?${new URLSearchParams(query).toString()}`;
}
