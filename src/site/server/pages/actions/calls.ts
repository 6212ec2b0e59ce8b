import { format } from '../../../messages';
import { formatDateTime, formatNumber } from '../../format';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';

interface CallDay {
  name: string;
  slug: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  goalCalls: number | null;
  isLive: boolean;
}

/** `/calls`: the call days supporters can join, from the call center's public list. */
export async function callsPage(context: PageContext): Promise<RenderedPage> {
  const { t, locale, href } = context;
  const { data } = await context.api.get<{ data: CallDay[] }>('/mymitt-callcenter/call-days', { locale });
  return {
    head: { title: t.callsTitle, description: t.callsLead },
    main: html`<section>
<h1>${t.callsTitle}</h1>
<p class="hero__lead">${t.callsLead}</p>
<p><a class="button button--primary" href="${href('/signup')}">${t.navSignUp}</a> <a class="button button--secondary" href="${href('/login')}">${t.navLogIn}</a></p>
<h2>${t.callDaysHeading}</h2>
${
  data.length
    ? html`<ul class="card-list">${data.map(
        (day) => html`<li class="card" id="${day.slug}">
<h3 class="card__title">${day.name}${day.isLive ? html` <span class="status-pill">${t.liveNow}</span>` : ''}</h3>
<p>${formatDateTime(day.startsAt, locale)}</p>
${day.description ? html`<p>${day.description}</p>` : ''}
${day.goalCalls ? html`<p>${format(t.callGoal, { calls: formatNumber(day.goalCalls, locale) })}</p>` : ''}
</li>`
      )}</ul>`
    : html`<p>${t.noCallDays}</p>`
}
</section>`,
    tags: ['content', 'callcenter'],
    ttlSeconds: 60,
  };
}
