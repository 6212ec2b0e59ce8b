import { message, siteData } from '../site-data';
import { check, dollarsToCents, translateFailure } from './common';

interface PageLimits {
  titleMin: number;
  titleMax: number;
  storyMax: number;
  goalMinCents: number;
  goalMaxCents: number;
  updateMax: number;
}

export const limits = () => siteData().pageLimits as PageLimits;

/** The body of POST/PATCH /pages from the form: goal typed in dollars, sent as integer cents. */
export function pageBody(form: HTMLFormElement, values: Record<string, string>): { title: string; goalCents: number; story: string; state?: string } | null {
  const l = limits();
  const title = values.title.trim();
  const goalCents = dollarsToCents(values.goal ?? '');
  const story = values.story ?? '';
  const ok = check(form, [
    ['title', title.length >= l.titleMin && title.length <= l.titleMax, message('errorPageTitle')],
    ['goal', goalCents !== null && goalCents >= l.goalMinCents && goalCents <= l.goalMaxCents, message('errorGoal')],
    ['story', story.trim().length <= l.storyMax, message('errorStory')],
  ]);
  if (!ok) return null;
  return { title, goalCents: goalCents!, story: story.trim(), ...(values.state ? { state: values.state } : {}) };
}

/** The API's refusals of a page body, worded in the page's language beside the form's fields. */
export function pageFailure(failure: unknown) {
  return translateFailure(failure, {
    fields: { title: message('errorPageTitle'), goal: message('errorGoal'), story: message('errorStory') },
    codes: { slug_taken: message('errorSlugTaken'), slug_reserved: message('errorSlugTaken') },
    rename: { goalCents: 'goal' },
  });
}
