import { format } from '../../../messages';
import { formatDateTime } from '../../format';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';

interface PublicEvent {
  documentId: string;
  title: string;
  type: string;
  timeZone: string;
  startsAt: string;
  venueName?: string | null;
  city?: string | null;
  state?: string | null;
  host?: { displayName?: string } | null;
}

/** `/events`: upcoming house parties and events, from the profiles plugin's public list (exact addresses stay private). */
export async function eventsPage(context: PageContext): Promise<RenderedPage> {
  const { t, locale, href } = context;
  const { data } = await context.api.get<{ data: PublicEvent[] }>('/mymitt-profiles/events', { pageSize: 50 });
  return {
    head: { title: t.eventsTitle, description: t.eventsLead },
    main: html`<section>
<h1>${t.eventsTitle}</h1>
<p class="hero__lead">${t.eventsLead}</p>
<p><a class="button button--secondary" href="${href('/signup')}">${t.navSignUp}</a></p>
${
  data.length
    ? html`<ul class="card-list">${data.map((event) => {
        const place = [event.venueName, event.city, event.state].filter(Boolean).join(', ');
        return html`<li class="card">
<h2 class="card__title">${event.title}</h2>
<dl class="facts"><dt>${t.eventWhen}</dt><dd>${formatDateTime(event.startsAt, locale, event.timeZone)}</dd>
${place ? html`<dt>${t.eventWhere}</dt><dd>${place}</dd>` : ''}</dl>
${event.host?.displayName ? html`<p>${format(t.eventHost, { name: event.host.displayName })}</p>` : ''}
</li>`;
      })}</ul>`
    : html`<p>${t.noEvents}</p>`
}
</section>`,
    tags: ['content', 'profiles'],
    ttlSeconds: 60,
  };
}
