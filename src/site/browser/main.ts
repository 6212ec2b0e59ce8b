/**
 * The one script every page loads (small: no API client here). It shows the signed-in navigation,
 * remembers a chosen language, wires share buttons, and loads the page's own enhancers on demand.
 */
import { enhancers } from './enhancers';
import { clearSession, currentSession } from './session';
import { siteData, sitePath } from './site-data';

function showSessionNavigation() {
  const signedIn = Boolean(currentSession());
  for (const element of document.querySelectorAll<HTMLElement>('[data-when]')) {
    element.hidden = element.dataset.when !== (signedIn ? 'signed-in' : 'signed-out');
  }
}

function rememberLanguageChoice() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang]')) {
    link.addEventListener('click', () => {
      document.cookie = `lang=${link.dataset.lang}; path=/; max-age=31536000; samesite=lax`;
    });
  }
}

function wireLogOut() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-action="log-out"]')) {
    button.addEventListener('click', () => {
      clearSession();
      location.assign(sitePath('/'));
    });
  }
}

/** "Copy link" buttons: the link is in the page already (plain share URLs work without this). */
function wireCopyButtons() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard?.writeText(button.dataset.copy ?? location.href).catch(() => undefined);
      const status = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (status) status.textContent = button.dataset.copiedText ?? '';
    });
  }
}

async function runEnhancers() {
  const names = new Set(siteData().enhance);
  for (const element of document.querySelectorAll<HTMLElement>('[data-enhance]')) names.add(element.dataset.enhance!);
  await Promise.all(
    [...names].map(async (name) => {
      const load = enhancers[name];
      if (!load) return;
      const module = await load();
      await module.enhance();
    })
  );
}

showSessionNavigation();
rememberLanguageChoice();
wireLogOut();
wireCopyButtons();
runEnhancers().catch((error) => console.warn('enhancer failed', error));
