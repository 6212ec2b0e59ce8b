import { message, sitePath } from '../site-data';
import { h, money } from './common';

export interface MyPage {
  documentId: string;
  slug: string;
  title: string;
  story: string | null;
  status: 'pending' | 'published' | 'rejected' | 'closed';
  rejectionReason: string | null;
  goalCents: number | null;
  state: string | null;
  team: { slug: string; name: string } | null;
  thermometer: { raisedCents: number; goalCents: number | null; percent: number; donorCount: number };
}

/** The thermometer as the server draws it (components/thermometer.ts): a <progress> and the figures in words. */
export function thermometer(data: MyPage['thermometer']): HTMLElement {
  const raised = money(data.raisedCents);
  const goal = data.goalCents ?? 0;
  const percent = goal ? (data.percent ?? Math.floor((data.raisedCents / goal) * 100)) : 0;
  const label = goal
    ? `${message('raisedOfGoal', { raised, goal: money(goal) })} (${message('percentOfGoal', { percent })})`
    : message('raisedNoGoal', { raised });
  return h(
    'div',
    { class: 'thermometer', 'data-thermometer': true },
    h('progress', { max: 100, value: Math.min(100, Math.max(0, percent)), 'aria-label': label }, `${percent}%`),
    h('p', { class: 'thermometer__text' }, h('strong', {}, label), ` · ${data.donorCount === 1 ? message('donorsOne') : message('donors', { count: data.donorCount })}`)
  );
}

/** One of my fundraising pages on the dashboard: status, thermometer, links to the public page and to edit. */
export function pageCard(page: MyPage): HTMLElement {
  const isPublic = page.status === 'published' || page.status === 'closed';
  const editable = page.status === 'published' || page.status === 'pending';
  return h(
    'article',
    { class: 'card account-page', 'data-page': page.slug },
    h('h3', { class: 'card__title' }, page.title),
    h('p', {}, message('pageStatusLabel'), ' ', h('span', { class: `status-pill status-pill--${page.status}` }, message(`pageStatus.${page.status}`))),
    page.status === 'pending' ? h('p', { class: 'muted' }, message('pagePendingHint')) : null,
    page.status === 'rejected' && page.rejectionReason ? h('p', {}, message('pageRejectedReason', { reason: page.rejectionReason })) : null,
    page.team ? h('p', {}, message('pageTeam', { name: page.team.name })) : null,
    thermometer(page.thermometer),
    h(
      'p',
      { class: 'account-actions' },
      isPublic ? h('a', { href: sitePath(`/fundraise/${encodeURIComponent(page.slug)}`), 'aria-label': message('pageViewNamed', { title: page.title }) }, message('pageView')) : null,
      editable
        ? h('a', { href: `${sitePath('/fundraise/edit')}?page=${encodeURIComponent(page.documentId)}`, 'aria-label': message('pageEditNamed', { title: page.title }) }, message('pageEdit'))
        : null
    )
  );
}
