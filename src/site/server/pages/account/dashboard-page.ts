import { html } from '../../html';
import type { PageContext, RenderedPage } from '../../types';
import { accountPage, noscript, signedOutPrompt } from './shared';
import { EMAIL_LANGUAGE_MESSAGES, emailLanguageSection } from './email-language';

/** Every message the dashboard's script draws with (the activity, badge and status words included). */
const DASHBOARD_MESSAGES = [
  'dashboardHello', 'loading', 'loadFailed', 'networkError',
  'levelOf', 'levelPoints', 'levelNext', 'levelTop', 'levelProgress',
  'breakdownTitle', 'breakdownActivity', 'breakdownCount', 'breakdownEach', 'breakdownPoints', 'breakdownNone',
  'badgesTitle', 'badgesNone', 'badgeTier', 'badgeNext',
  'activity.event.hosted', 'activity.event.rsvp', 'activity.event.attended', 'activity.call.completed',
  'activity.callday.joined', 'activity.donation.given', 'activity.funds.raised', 'activity.page.created',
  'activity.order.paid', 'activity.post.published', 'activity.group.joined', 'activity.supporter.recruited',
  'badge.host', 'badge.caller', 'badge.fundraiser', 'badge.recruiter', 'badge.blogger',
  'giftsNone', 'giftsGiveNow', 'giftCampaign', 'giftOrder', 'giftMonthly', 'giftMonthlyStopped',
  'giftStatus.pending', 'giftStatus.succeeded', 'giftStatus.failed', 'giftStatus.refunded',
  'giftStatus.partially_refunded', 'giftStatus.disputed',
  'stopMonthly', 'stopMonthlyLabel', 'stopMonthlyConfirm', 'stopMonthlyDone', 'stopMonthlyAlready',
  'pagesNone', 'pagesStart', 'pagesStartAnother', 'pageView', 'pageViewNamed', 'pageEdit', 'pageEditNamed', 'pageStatusLabel',
  'pageStatus.pending', 'pageStatus.published', 'pageStatus.rejected', 'pageStatus.closed',
  'pagePendingHint', 'pageRejectedReason', 'pageTeam', 'donorsOne',
  'raisedOfGoal', 'raisedNoGoal', 'percentOfGoal', 'donors',
  'inviteLinkLabel', 'inviteCopy', 'inviteCopied', 'inviteEmail', 'inviteEmailSubject', 'inviteEmailBody',
  ...EMAIL_LANGUAGE_MESSAGES,
] as const;

function region(name: string, loading: string) {
  return html`<div class="account-region" data-region="${name}"><p class="muted" role="status">${loading}</p></div>`;
}

/**
 * `/account`: a shell with the headings; the browser fills each part from the API with the supporter's
 * token (GET /profiles/me/standing, /donations/mine, /pages/mine). A signed-out visitor gets links.
 */
export async function dashboardPage(context: PageContext): Promise<RenderedPage> {
  const { t } = context;
  const main = html`<section class="account account-dashboard">
<h1>${t.dashboardTitle}</h1>
<p class="account-hello" data-hello hidden></p>
${noscript(t.noscriptAccount)}
${signedOutPrompt(context, t.signedOutDashboard, '/account')}
<div class="account-sections" data-when="signed-in">
<section class="account-section" aria-labelledby="level-heading">
<h2 id="level-heading">${t.levelTitle}</h2>
${region('level', t.loading)}
</section>
<section class="account-section" aria-labelledby="gifts-heading">
<h2 id="gifts-heading">${t.giftsTitle}</h2>
<div class="account-status" role="status" aria-live="polite" data-status="gifts"></div>
${region('gifts', t.loading)}
</section>
<section class="account-section account-section--wide" aria-labelledby="pages-heading">
<h2 id="pages-heading">${t.pagesTitle}</h2>
${region('pages', t.loading)}
</section>
<section class="account-section account-section--wide" aria-labelledby="invite-heading">
<h2 id="invite-heading">${t.inviteTitle}</h2>
<p>${t.inviteIntro}</p>
${region('invite', t.loading)}
</section>
${emailLanguageSection(t)}
</div>
</section>`;
  return accountPage(context, {
    title: t.dashboardTitle,
    description: t.dashboardDescription,
    main,
    enhance: 'dashboard',
    clientMessages: DASHBOARD_MESSAGES,
  });
}
