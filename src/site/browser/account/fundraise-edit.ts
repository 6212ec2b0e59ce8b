import { api, ApiFailure } from '../api';
import { onSubmit, showSummary } from '../forms';
import { currentSession } from '../session';
import { message, sitePath } from '../site-data';
import { centsToDollars, check, formOf, setStatus, showSignedOut, translateFailure } from './common';
import type { MyPage } from './page-card';
import { limits, pageBody, pageFailure } from './page-form';

function setValue(form: HTMLFormElement, name: string, value: string) {
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) field.value = value;
}

async function findMyPage(documentId: string): Promise<MyPage | null> {
  for (let page = 1; page <= 20; page += 1) {
    const answer = await api<{ data: MyPage[]; meta: { pagination: { pageCount: number } } }>(
      'GET',
      `/mymitt-fundraising/pages/mine?pagination[page]=${page}&pagination[pageSize]=100`
    );
    const found = answer.data.find((candidate) => candidate.documentId === documentId);
    if (found) return found;
    if (page >= answer.meta.pagination.pageCount) return null;
  }
  return null;
}

/** /fundraise/edit?page=<documentId>: PATCH the fields the API allows, and post updates. */
export async function enhance() {
  const status = document.querySelector<HTMLElement>('[data-edit-status]')!;
  const container = document.querySelector<HTMLElement>('[data-edit-page]')!;
  const details = formOf('fundraise-edit')!;
  const updates = formOf('page-update')!;
  if (!currentSession()) {
    showSignedOut();
    return;
  }
  const documentId = new URLSearchParams(location.search).get('page') ?? '';
  let page: MyPage | null = null;
  try {
    page = documentId ? await findMyPage(documentId) : null;
  } catch (failure) {
    if (failure instanceof ApiFailure && failure.status === 401) return showSignedOut();
    status.textContent = message('loadFailed');
    return;
  }
  if (!page) {
    status.textContent = message('editNoPage');
    return;
  }
  let current: MyPage = page;

  const fill = () => {
    setValue(details, 'title', current.title);
    setValue(details, 'goal', current.goalCents ? centsToDollars(current.goalCents) : '');
    setValue(details, 'story', current.story ?? '');
    setValue(details, 'state', current.state ?? '');
  };
  fill();
  const link = container.querySelector<HTMLAnchorElement>('[data-public-link]')!;
  link.href = sitePath(`/fundraise/${encodeURIComponent(current.slug)}`);
  link.hidden = !(current.status === 'published' || current.status === 'closed');
  status.textContent = '';
  status.hidden = true;
  container.hidden = false;

  if (current.status === 'closed' || current.status === 'rejected') {
    details.querySelector('button[type="submit"]')?.setAttribute('disabled', '');
    updates.querySelector('button[type="submit"]')?.setAttribute('disabled', '');
    showSummary(details, [{ message: message(current.status === 'closed' ? 'editClosed' : 'editRejected') }]);
    return;
  }
  if (current.status !== 'published') setStatus('update', message('updateNotYet'));

  onSubmit(
    details,
    async (values) => {
      setStatus('edit', '');
      const body = pageBody(details, values);
      if (!body) return;
      // Only what changed (the API refuses an empty change; the slug never changes).
      const changes: Record<string, unknown> = {};
      if (body.title !== current.title) changes.title = body.title;
      if (body.goalCents !== current.goalCents) changes.goalCents = body.goalCents;
      if (body.story !== (current.story ?? '')) changes.story = body.story;
      if (body.state && body.state !== current.state) changes.state = body.state;
      if (!Object.keys(changes).length) {
        setStatus('edit', message('editNothingChanged'));
        return;
      }
      try {
        const answer = await api<{ data: MyPage }>('PATCH', `/mymitt-fundraising/pages/${encodeURIComponent(current.documentId)}`, changes);
        current = answer.data;
      } catch (failure) {
        if (!currentSession()) showSignedOut();
        throw pageFailure(failure);
      }
      fill();
      setStatus('edit', message('editSaved'));
    }
  );

  onSubmit(updates, async (values) => {
    setStatus('update', '');
    const text = (values.text ?? '').trim();
    if (!check(updates, [['text', text.length >= 1 && text.length <= limits().updateMax, message('errorUpdate')]])) return;
    try {
      await api('POST', `/mymitt-fundraising/pages/${encodeURIComponent(current.documentId)}/updates`, { text });
    } catch (failure) {
      if (!currentSession()) showSignedOut();
      throw translateFailure(failure, { fields: { text: message('errorUpdate') } });
    }
    updates.reset();
    setStatus('update', message('updatePosted'));
  });
}
