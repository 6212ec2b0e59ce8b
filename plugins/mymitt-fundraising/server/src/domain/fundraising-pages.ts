/**
 * Pure rules of personal fundraising pages and teams: slugs, public names, goals and the thermometer.
 * No strapi, no clock: values in, values out.
 */
import { initialOf } from '@mymitt/plugin-kit';

/** A page's goal when neither the supporter nor the active drive sets one. */
export const DEFAULT_PAGE_GOAL_CENTS = 50_000;

/** Page and team slugs that would collide with route segments (`/pages/mine`; the site's `/fundraise/start` and `/fundraise/edit`). */
export const RESERVED_PAGE_SLUGS = ['mine', 'new', 'admin', 'leaderboard', 'leaderboards', 'start', 'edit'];

/** Page statuses the public can see; pending and rejected pages are the owner's and staff's only. */
export const PUBLIC_PAGE_STATUSES = ['published', 'closed'] as const;

/** Gift statuses whose (net) amount is shown on honor rolls and dashboards. */
export const SHOWN_GIFT_STATUSES = ['succeeded', 'partially_refunded'] as const;

/** A URL slug from a title: lower-case ASCII words joined by hyphens, at most `maxLength` characters. */
export function slugFromTitle(text: string, maxLength = 50): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return base || 'page';
}

/** The first free slug among base, base-2, base-3, … given the taken ones (reserved words excluded). */
export function firstFreePageSlug(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...RESERVED_PAGE_SLUGS]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "Ann Romney" → "Ann R.": how a non-anonymous donor appears on a public honor roll (SEC-03: no more). */
export function honorRollName(firstName?: string | null, lastName?: string | null): string {
  const first = (firstName ?? '').trim();
  const initial = initialOf(lastName);
  if (!first) return initial ? `${initial}.` : 'A supporter';
  return initial ? `${first} ${initial}.` : first;
}

/** The goal a new page gets: the supporter's, else the active drive's default, else the plugin's. */
export function pageGoalCents(asked: number | undefined, campaignDefaultCents: number | null | undefined): number {
  if (asked !== undefined) return asked;
  if (campaignDefaultCents && campaignDefaultCents > 0) return campaignDefaultCents;
  return DEFAULT_PAGE_GOAL_CENTS;
}

export interface Thermometer {
  raisedCents: number;
  goalCents: number;
  /** Whole percent reached, floored; may pass 100 (the client caps the bar). */
  percent: number;
  donorCount: number;
  giftCount: number;
}

/** Whole percent of the goal reached, floored (0 without a goal or money); may pass 100. */
export function percentOfGoal(raisedCents: number, goalCents: number): number {
  return goalCents > 0 && raisedCents > 0 ? Math.floor((raisedCents * 100) / goalCents) : 0;
}

/** The thermometer from ledger figures: net raised (refunds and disputes deducted) against the goal. */
export function thermometer(netCents: number, goalCents: number, donorCount: number, giftCount: number): Thermometer {
  const raisedCents = netCents;
  return { raisedCents, goalCents, percent: percentOfGoal(raisedCents, goalCents), donorCount, giftCount };
}

/** A team's goal when its captain sets none: ten pages' worth. */
export const DEFAULT_TEAM_GOAL_CENTS = 10 * DEFAULT_PAGE_GOAL_CENTS;
