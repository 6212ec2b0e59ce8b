import { format } from '../../../messages';
import { thermometer, thermometerText } from '../../components/thermometer';
import { formatNumber } from '../../format';
import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import { enc, FUNDRAISING_API, type PublicTeam } from './data';
import { shareLinks } from './fundraising-page';

/** `/teams/:slug` — a fundraising team: its thermometer against the team goal, and each member page's. */
export async function teamPageView(context: PageContext): Promise<RenderedPage> {
  const { t, locale } = context;
  const { data: team } = await context.api.get<{ data: PublicTeam }>(`${FUNDRAISING_API}/teams/${enc(context.params.slug)}`);
  const captain = team.captain.displayName ?? '';
  const raised = thermometerText(context, team.thermometer);
  const url = `${context.origin}${context.href(`/teams/${team.slug}`)}`;

  const main = html`<article class="team">
<h1>${team.name}</h1>
${captain ? html`<p>${format(t.teamCaptain, { name: captain })}</p>` : ''}
<div class="card">
${thermometer(context, team.thermometer)}
<p class="muted">${team.memberCount === 1 ? t.teamMembersOne : format(t.teamMembers, { count: formatNumber(team.memberCount, locale) })}</p>
</div>
<section class="block" aria-labelledby="team-pages-title">
<h2 id="team-pages-title">${t.teamPagesTitle}</h2>
${
  team.pages.length
    ? html`<ul class="team-pages">${team.pages.map(
        (page) => html`<li class="card team-pages__item">
<h3 class="card__title"><a href="${context.href(`/fundraise/${page.slug}`)}">${page.title}</a>${page.isClosed ? html` <span class="status-pill">${t.teamPageClosed}</span>` : ''}</h3>
${page.ownerDisplayName ? html`<p class="muted">${format(t.fundraiserBy, { name: page.ownerDisplayName })}</p>` : ''}
${thermometer(context, { raisedCents: page.raisedCents, goalCents: page.goalCents })}
</li>`
      )}</ul>`
    : html`<p class="muted">${t.teamNoPages}</p>`
}
</section>
${shareLinks(context, url, team.name, team.name)}
</article>`;

  return {
    head: {
      title: team.name,
      description: captain ? format(t.teamDescription, { thermometer: raised, name: captain }) : raised,
      type: 'article',
    },
    main,
    tags: ['fundraising'],
    ttlSeconds: 30,
  };
}
