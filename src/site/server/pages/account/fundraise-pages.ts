import { US_STATES } from '@mymitt/plugin-kit';
import { errorSummary, selectField, textArea, textField } from '../../components/form';
import { html } from '../../html';
import type { Messages } from '../../../messages';
import type { PageContext, RenderedPage } from '../../types';
import { accountPage, FORM_MESSAGES, noscript, signedOutPrompt } from './shared';

/** The limits of POST /api/mymitt-fundraising/pages (plugins/mymitt-fundraising/server/src/validators/pages.ts). */
export const PAGE_LIMITS = { titleMin: 3, titleMax: 120, storyMax: 10_000, goalMinCents: 100, goalMaxCents: 100_000_000, updateMax: 1000 };

const PAGE_FORM_MESSAGES = ['errorPageTitle', 'errorGoal', 'errorStory', 'errorSlugTaken'] as const;

function stateOptions(t: Messages) {
  return [{ value: '', label: t.fieldStateNone }, ...Object.entries(US_STATES).map(([code, name]) => ({ value: code, label: `${name} (${code})` }))];
}

/** The fields a supporter sets on their page: title, goal (dollars; sent as cents), story (Markdown), state. */
function pageFields(t: Messages, titleHint: string) {
  return html`${textField({ name: 'title', label: t.fieldPageTitle, required: true, maxlength: PAGE_LIMITS.titleMax, hint: titleHint })}
${textField({ name: 'goal', label: t.fieldGoal, required: true, inputmode: 'decimal', hint: t.fieldGoalHint })}
${textArea({ name: 'story', label: t.fieldStory, maxlength: PAGE_LIMITS.storyMax, hint: t.fieldStoryHint })}
${selectField({ name: 'state', label: t.fieldState, options: stateOptions(t), autocomplete: 'address-level1' })}`;
}

/** `/fundraise/start`: a signed-in supporter starts a page (POST /pages); a visitor is asked to sign up first. */
export async function startFundraisingPage(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const main = html`<section class="narrow account">
<h1>${t.startTitle}</h1>
<p>${t.startIntro}</p>
${noscript(t.noscriptForms)}
${signedOutPrompt(context, t.signedOutStart, '/fundraise/start')}
<form class="form" method="post" novalidate data-form="fundraise-start" data-when="signed-in">
${errorSummary(t.formProblem)}
${pageFields(t, t.fieldPageTitleHint)}
<p><button class="button button--primary" type="submit">${t.startSubmit}</button></p>
</form>
</section>`;
  return accountPage(context, {
    title: t.startTitle,
    description: t.startDescription,
    main,
    enhance: 'fundraise-start',
    clientMessages: [...FORM_MESSAGES, ...PAGE_FORM_MESSAGES],
    clientData: { pageLimits: PAGE_LIMITS },
  });
}

/**
 * `/fundraise/edit?page=<documentId>`: the owner's page, loaded by the browser from GET /pages/mine
 * (the address's documentId is read there, so this shell is one cached page for everyone).
 */
export async function editFundraisingPage(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const main = html`<section class="narrow account">
<h1>${t.editTitle}</h1>
${noscript(t.noscriptForms)}
${signedOutPrompt(context, t.signedOutDashboard, '/account')}
<div data-when="signed-in">
<p class="muted" role="status" data-edit-status>${t.loading}</p>
<div data-edit-page hidden>
<p class="account-actions"><a data-public-link href="#">${t.pageView}</a> <a href="${context.href('/account')}">${t.editBackToDashboard}</a></p>
<section aria-labelledby="details-heading">
<h2 id="details-heading">${t.editDetailsTitle}</h2>
<form class="form" method="post" novalidate data-form="fundraise-edit">
${errorSummary(t.formProblem)}
${pageFields(t, t.fieldPageTitleHintEdit)}
<p><button class="button button--primary" type="submit">${t.editSubmit}</button></p>
<div class="account-status" role="status" aria-live="polite" data-status="edit"></div>
</form>
</section>
<section aria-labelledby="update-heading">
<h2 id="update-heading">${t.updateTitle}</h2>
<p>${t.updateIntro}</p>
<form class="form" method="post" novalidate data-form="page-update">
${errorSummary(t.formProblem)}
${textArea({ name: 'text', label: t.fieldUpdate, required: true, maxlength: PAGE_LIMITS.updateMax, hint: t.fieldUpdateHint })}
<p><button class="button button--primary" type="submit">${t.updateSubmit}</button></p>
<div class="account-status" role="status" aria-live="polite" data-status="update"></div>
</form>
</section>
<section aria-labelledby="team-heading">
<h2 id="team-heading">${t.teamTitle}</h2>
<p>${t.teamIntro}</p>
<div class="account-status" role="status" aria-live="polite" data-status="team"></div>
<div data-team-current hidden>
<p data-team-name></p>
<p class="account-actions"><a data-team-link href="#">${t.teamView}</a> <button type="button" class="button button--secondary" data-action="leave-team">${t.teamLeave}</button></p>
</div>
<form class="form" method="post" novalidate data-form="page-team" hidden>
${errorSummary(t.formProblem)}
${textField({ name: 'teamSlug', label: t.fieldTeam, required: true, maxlength: 200, hint: t.fieldTeamHint })}
<p><button class="button button--primary" type="submit">${t.teamSubmit}</button></p>
</form>
</section>
</div>
</div>
</section>`;
  return accountPage(context, {
    title: t.editTitle,
    description: t.editDescription,
    main,
    enhance: 'fundraise-edit',
    clientMessages: [
      ...FORM_MESSAGES,
      ...PAGE_FORM_MESSAGES,
      'loadFailed', 'editNoPage', 'editSaved', 'editNothingChanged', 'editClosed', 'editRejected',
      'updatePosted', 'updateNotYet', 'errorUpdate', 'pageView',
      'teamCurrent', 'teamLeft', 'teamJoined', 'errorTeamSlug', 'errorTeamNotFound',
    ],
    clientData: { pageLimits: PAGE_LIMITS },
  });
}
