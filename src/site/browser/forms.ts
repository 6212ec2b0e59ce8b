import { ApiFailure } from './api';

/**
 * The browser side of the server-rendered forms (server/components/form.ts): read values, show the
 * server's messages beside their fields and in the summary (GOV.UK pattern), keep the button busy.
 */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) if (typeof value === 'string') values[key] = value;
  return values;
}

export function isChecked(form: HTMLFormElement, name: string): boolean {
  const input = form.elements.namedItem(name);
  return input instanceof HTMLInputElement ? input.checked : false;
}

export function clearErrors(form: HTMLFormElement) {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) slot.textContent = '';
  for (const field of form.querySelectorAll<HTMLElement>('.field--error')) field.classList.remove('field--error');
  for (const input of form.querySelectorAll<HTMLElement>('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  if (summary) summary.replaceChildren();
}

/** Shows one message beside a field (returns false when the form has no such field). */
export function showFieldError(form: HTMLFormElement, name: string, message: string): boolean {
  const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
  if (!slot) return false;
  slot.textContent = message;
  slot.closest('.field')?.classList.add('field--error');
  form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.setAttribute('aria-invalid', 'true');
  return true;
}

/** Lists messages in the summary, each linking to its field, and moves focus there. */
export function showSummary(form: HTMLFormElement, items: Array<{ name?: string; message: string }>) {
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  if (!summary || !items.length) return;
  const heading = document.createElement('h2');
  heading.textContent = summary.dataset.title ?? '';
  const list = document.createElement('ul');
  for (const item of items) {
    const entry = document.createElement('li');
    if (item.name && form.querySelector(`[name="${CSS.escape(item.name)}"]`)) {
      const link = document.createElement('a');
      link.href = `#field-${item.name}`;
      link.textContent = item.message;
      entry.append(link);
    } else entry.textContent = item.message;
    list.append(entry);
  }
  summary.replaceChildren(heading, list);
  summary.focus();
}

/**
 * Shows an API refusal: zod issues beside their fields, a `field` named in details beside it, anything
 * else in the summary. `fieldOf` maps a refusal code to a field (e.g. over_limit → amount).
 */
export function showFailure(form: HTMLFormElement, failure: unknown, fieldOf: Record<string, string> = {}) {
  clearErrors(form);
  const items: Array<{ name?: string; message: string }> = [];
  if (failure instanceof ApiFailure) {
    const byField = failure.fieldErrors();
    const named = failure.code ? fieldOf[failure.code] : undefined;
    const detailField = typeof failure.details?.field === 'string' ? (failure.details.field as string) : undefined;
    if (named || detailField) byField[named ?? detailField!] = failure.message;
    for (const [name, message] of Object.entries(byField)) {
      showFieldError(form, name, message);
      items.push({ name, message });
    }
    if (!items.length) items.push({ message: failure.message });
  } else items.push({ message: (failure as Error)?.message ?? String(failure) });
  showSummary(form, items);
}

/** Runs `action` with the form's submit button disabled; shows any refusal. */
export function onSubmit(form: HTMLFormElement, action: (values: Record<string, string>) => Promise<void>, fieldOf?: Record<string, string>) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button?.disabled) return;
    if (button) button.disabled = true;
    clearErrors(form);
    try {
      await action(formValues(form));
    } catch (failure) {
      showFailure(form, failure, fieldOf);
    } finally {
      if (button) button.disabled = false;
    }
  });
}
