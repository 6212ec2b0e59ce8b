import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';

/** `/shop`: the store's catalog arrives with the store plugin (issue 16); until then the page says so. */
export async function shopPage(context: PageContext): Promise<RenderedPage> {
  const { t, href } = context;
  const { data } = await context.api.get<{ data: { displayName?: string; description?: string } }>('/mymitt-store/meta');
  return {
    head: { title: t.shopGear, description: data.description },
    main: html`<section class="narrow">
<h1>${t.shopGear}</h1>
<p class="notice">${t.storeClosed}</p>
<p><a class="button button--primary" href="${href('/donate')}">${t.giveNow}</a></p>
</section>`,
    tags: ['content', 'store'],
  };
}
