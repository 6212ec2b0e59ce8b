import { html } from '../html';
import type { PageContext } from '../types';

export interface CallToAction {
  label: string;
  action: 'donate' | 'start-fundraiser' | 'make-calls' | 'shop' | 'host-event' | 'sign-up';
  targetId?: string | null;
  emphasis?: 'primary' | 'secondary' | null;
}

/**
 * Where each of the six actions leads. `targetId` narrows it: a drive's slug for donate, a call day's
 * slug for make-calls.
 */
export function actionPath(action: CallToAction): string {
  const target = action.targetId ? encodeURIComponent(action.targetId) : null;
  switch (action.action) {
    case 'donate':
      return target ? `/donate?campaign=${target}` : '/donate';
    case 'start-fundraiser':
      return '/fundraise/start';
    case 'make-calls':
      return target ? `/calls#${target}` : '/calls';
    case 'shop':
      return '/shop';
    case 'host-event':
      return '/events';
    case 'sign-up':
      return '/signup';
    default:
      return '/';
  }
}

export function callToAction(context: PageContext, action: CallToAction) {
  const emphasis = action.emphasis === 'secondary' ? 'button--secondary' : 'button--primary';
  return html`<a class="button ${emphasis}" href="${context.href(actionPath(action))}" data-action-kind="${action.action}">${action.label}</a>`;
}

export function callToActionBlock(context: PageContext, action: CallToAction) {
  return html`<p class="block block--cta">${callToAction(context, action)}</p>`;
}
