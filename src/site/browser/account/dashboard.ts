import { api, ApiFailure } from '../api';
import { currentSession } from '../session';
import { message, sitePath } from '../site-data';
import { date, h, money, setStatus, showSignedOut } from './common';
import { pageCard, type MyPage } from './page-card';
import { wireEmailLanguage } from './email-language';

interface Standing {
  level: number;
  maxLevel: number;
  points: number;
  pointsToNextLevel: number;
  windowDays: number;
  breakdown: Array<{ kind: string; count: number; pointsEach: number; points: number }>;
  badges: Array<{ badge: string; tier: number; value: number; nextThreshold: number | null }>;
}

interface Gift {
  documentId: string;
  purpose: 'donation' | 'order';
  status: string;
  amountCents: number;
  recurring: boolean;
  recurringCancelledAt: string | null;
  page: { slug: string; title: string } | null;
  createdAt: string;
}

/** A word from the catalog, or the API's own identifier when the catalog does not know it yet. */
function word(prefix: string, key: string): string {
  const text = message(`${prefix}.${key}`);
  return text === `${prefix}.${key}` ? key : text;
}

function region(name: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-region="${name}"]`)!;
}

/** Fills a region from the API; a 401 (expired session) turns the page to its signed-out state. */
async function fill<T>(name: string, load: () => Promise<T>, draw: (value: T) => Node[]) {
  const target = region(name);
  try {
    const value = await load();
    target.replaceChildren(...draw(value));
  } catch (failure) {
    if (failure instanceof ApiFailure && failure.status === 401) {
      showSignedOut();
      return;
    }
    target.replaceChildren(h('p', { class: 'field__error', role: 'alert' }, message(failure instanceof ApiFailure && failure.status === 0 ? 'networkError' : 'loadFailed')));
  }
}

/** Badge values are counts, except the fundraiser ladder, which counts cents raised. */
const badgeValue = (badge: string, value: number) => (badge === 'fundraiser' ? money(value) : String(value));

function drawStanding(standing: Standing): Node[] {
  const nodes: Node[] = [h('p', { class: 'account-level' }, h('strong', {}, message('levelOf', { level: standing.level, max: standing.maxLevel })))];
  const atTop = standing.level >= standing.maxLevel;
  let progress: Node | null = null;
  if (!atTop && standing.level > 0) {
    // The level's width in points, from the points so far and those still needed (1 + floor(points / width)).
    const width = Math.round((standing.points + standing.pointsToNextLevel) / standing.level);
    if (width > 0) progress = h('progress', { max: width, value: Math.max(0, width - standing.pointsToNextLevel), 'aria-label': message('levelProgress') });
  }
  nodes.push(
    ...(progress ? [progress] : []),
    h(
      'p',
      {},
      message('levelPoints', { points: standing.points, days: standing.windowDays }),
      ' ',
      atTop ? message('levelTop') : message('levelNext', { points: standing.pointsToNextLevel, level: standing.level + 1 })
    ),
    h('h3', { id: 'breakdown-heading' }, message('breakdownTitle'))
  );
  if (standing.breakdown.length) {
    nodes.push(
      h(
        'table',
        { class: 'table', 'aria-labelledby': 'breakdown-heading' },
        h(
          'thead',
          {},
          h('tr', {}, ...['breakdownActivity', 'breakdownCount', 'breakdownEach', 'breakdownPoints'].map((key) => h('th', { scope: 'col' }, message(key))))
        ),
        h(
          'tbody',
          {},
          ...standing.breakdown.map((line) =>
            h('tr', {}, h('th', { scope: 'row' }, word('activity', line.kind)), h('td', {}, line.count), h('td', {}, line.pointsEach), h('td', {}, line.points))
          )
        )
      )
    );
  } else nodes.push(h('p', { class: 'muted' }, message('breakdownNone')));
  nodes.push(h('h3', {}, message('badgesTitle')));
  if (standing.badges.length) {
    nodes.push(
      h(
        'ul',
        { class: 'badges' },
        ...standing.badges.map((badge) =>
          h(
            'li',
            { class: 'badge' },
            h('strong', {}, word('badge', badge.badge)),
            ' · ',
            message('badgeTier', { tier: badge.tier }),
            badge.nextThreshold !== null ? h('span', { class: 'muted' }, ` (${message('badgeNext', { next: badgeValue(badge.badge, badge.nextThreshold) })})`) : null
          )
        )
      )
    );
  } else nodes.push(h('p', { class: 'muted' }, message('badgesNone')));
  return nodes;
}

const canStop = (gift: Gift) => gift.recurring && !gift.recurringCancelledAt && gift.status === 'succeeded';

async function stopMonthly(gift: Gift, button: HTMLButtonElement) {
  const amount = money(gift.amountCents);
  if (!window.confirm(message('stopMonthlyConfirm', { amount }))) return;
  button.disabled = true;
  setStatus('gifts', '');
  try {
    const answer = await api<{ data: { alreadyCancelled?: boolean } }>('POST', `/mymitt-fundraising/donations/${encodeURIComponent(gift.documentId)}/cancel-recurring`, {});
    const line = button.closest('li');
    button.remove();
    line?.querySelector('[data-monthly]')?.replaceChildren(message('giftMonthlyStopped', { date: date(new Date().toISOString()) }));
    setStatus('gifts', answer?.data?.alreadyCancelled ? message('stopMonthlyAlready') : message('stopMonthlyDone', { amount }));
  } catch (failure) {
    button.disabled = false;
    if (failure instanceof ApiFailure && failure.status === 401) showSignedOut();
    else setStatus('gifts', failure instanceof ApiFailure && failure.status !== 0 ? failure.message : message('networkError'));
  }
}

function drawGifts(gifts: Gift[]): Node[] {
  if (!gifts.length) return [h('p', {}, message('giftsNone'), ' ', h('a', { href: sitePath('/donate') }, message('giftsGiveNow')))];
  return [
    h(
      'ul',
      { class: 'account-list' },
      ...gifts.map((gift) => {
        const target = gift.page
          ? h('a', { href: sitePath(`/fundraise/${encodeURIComponent(gift.page.slug)}`) }, gift.page.title)
          : message(gift.purpose === 'order' ? 'giftOrder' : 'giftCampaign');
        const monthly = gift.recurring
          ? h(
              'p',
              { class: 'account-list__meta', 'data-monthly': true },
              gift.recurringCancelledAt ? message('giftMonthlyStopped', { date: date(gift.recurringCancelledAt) }) : message('giftMonthly')
            )
          : null;
        const line = h(
          'li',
          { class: 'account-list__item' },
          h('p', { class: 'account-list__title' }, h('strong', {}, money(gift.amountCents)), ' · ', target),
          h('p', { class: 'account-list__meta' }, date(gift.createdAt), ' · ', h('span', { class: 'status-pill' }, word('giftStatus', gift.status))),
          monthly
        );
        if (canStop(gift)) {
          const button = h(
            'button',
            { type: 'button', class: 'button button--secondary', 'aria-label': message('stopMonthlyLabel', { amount: money(gift.amountCents) }) },
            message('stopMonthly')
          );
          button.addEventListener('click', () => void stopMonthly(gift, button));
          line.append(h('p', {}, button));
        }
        return line;
      })
    ),
  ];
}

function drawPages(pages: MyPage[]): Node[] {
  const start = (key: string) => h('p', {}, h('a', { class: 'button button--primary', href: sitePath('/fundraise/start') }, message(key)));
  if (!pages.length) return [h('p', {}, message('pagesNone')), start('pagesStart')];
  return [h('ul', { class: 'account-cards' }, ...pages.map((page) => h('li', {}, pageCard(page)))), start('pagesStartAnother')];
}

/** My own sign-up link (`/signup?ref=<my profile slug>`): the profiles plugin credits me for whoever joins with it. */
function drawInvite(profile: { slug: string }): Node[] {
  const link = `${location.origin}${sitePath('/signup')}?ref=${encodeURIComponent(profile.slug)}`;
  const status = h('span', { class: 'account-copied', role: 'status', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button', class: 'button button--secondary' }, message('inviteCopy'));
  copy.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    status.textContent = message('inviteCopied');
  });
  const mail = `mailto:?subject=${encodeURIComponent(message('inviteEmailSubject'))}&body=${encodeURIComponent(message('inviteEmailBody', { link }))}`;
  return [
    h('p', { class: 'account-invite' }, h('label', { for: 'invite-link' }, message('inviteLinkLabel')), h('input', { id: 'invite-link', type: 'text', readonly: true, value: link, 'data-invite-link': true })),
    h('p', { class: 'account-actions' }, copy, h('a', { href: mail }, message('inviteEmail')), status),
  ];
}

/** /account: the dashboard, drawn from the API with the supporter's own token. */
export async function enhance() {
  const session = currentSession();
  if (!session) {
    showSignedOut();
    return;
  }
  const hello = document.querySelector<HTMLElement>('[data-hello]');
  if (hello && session.displayName) {
    hello.textContent = message('dashboardHello', { name: session.displayName });
    hello.hidden = false;
  }
  await Promise.all([
    fill('level', () => api<{ data: Standing }>('GET', '/mymitt-profiles/profiles/me/standing'), (answer) => drawStanding(answer.data)),
    fill('gifts', () => api<{ data: Gift[] }>('GET', '/mymitt-fundraising/donations/mine?pagination[pageSize]=50'), (answer) => drawGifts(answer.data)),
    fill('pages', () => api<{ data: MyPage[] }>('GET', '/mymitt-fundraising/pages/mine?pagination[pageSize]=50'), (answer) => drawPages(answer.data)),
    fill('invite', () => api<{ data: { slug: string } }>('GET', '/mymitt-profiles/profiles/me'), (answer) => drawInvite(answer.data)),
    wireEmailLanguage(),
  ]);
}
