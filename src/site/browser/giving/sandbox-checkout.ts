/**
 * The site's test checkout page (server/pages/giving/sandbox-checkout.ts): "Pay (test)" and "Decline"
 * post to the plugin's sandbox routes as JSON, then go where Stripe would send the donor (the thanks
 * page, or back to the form). A checkout already finished goes to the thanks page too.
 */
import { api, ApiFailure } from '../api';
import { message, siteData } from '../site-data';

export function enhance() {
  const target = siteData().sandbox as { thanks: string; back: string } | undefined;
  const error = document.querySelector<HTMLElement>('[data-sandbox-error]');
  if (!target) return;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('form[data-sandbox-action] button')];
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-sandbox-action]')) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (buttons.some((button) => button.disabled)) return;
      for (const button of buttons) button.disabled = true;
      const outcome = form.dataset.sandboxAction;
      try {
        await api('POST', new URL(form.action).pathname.replace(/^\/api/, ''));
        location.assign(outcome === 'complete' ? target.thanks : target.back);
      } catch (failure) {
        if (failure instanceof ApiFailure && failure.code === 'checkout_finished') {
          location.assign(target.thanks);
          return;
        }
        if (error) error.textContent = message(failure instanceof ApiFailure && failure.status === 409 ? 'sandboxFinished' : 'sandboxFailed');
        for (const button of buttons) button.disabled = false;
      }
    });
  }
}
