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

/** A team's slug from what was typed: `nh-neighbors`, `/teams/nh-neighbors` or the team page's whole link. */
export function teamSlugOf(value: string): string | null {
  const text = value.trim().toLowerCase();
  const fromLink = /\/teams\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:[?#].*)?$/.exec(text);
  const slug = fromLink ? fromLink[1] : text;
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length >= 3 && slug.length <= 50 ? slug : null;
}

/** The page's team: join one by its address (POST /pages/:documentId/team) or leave it (DELETE). */
function wireTeam(page: () => MyPage, changed: (page: MyPage) => void) {
  const current = document.querySelector<HTMLElement>('[data-team-current]')!;
  const form = formOf('page-team')!;
  const leave = current.querySelector<HTMLButtonElement>('[data-action="leave-team"]')!;
  const show = () => {
    const team = page().team;
    current.hidden = !team;
    form.hidden = Boolean(team);
    if (team) {
      current.querySelector('[data-team-name]')!.textContent = message('teamCurrent', { name: team.name });
      current.querySelector<HTMLAnchorElement>('[data-team-link]')!.href = sitePath(`/teams/${encodeURIComponent(team.slug)}`);
    }
  };
  show();
  const path = () => `/mymitt-fundraising/pages/${encodeURIComponent(page().documentId)}/team`;

  onSubmit(form, async (values) => {
    setStatus('team', '');
    const slug = teamSlugOf(values.teamSlug ?? '');
    if (!check(form, [['teamSlug', slug !== null, message('errorTeamSlug')]])) return;
    try {
      const answer = await api<{ data: MyPage }>('POST', path(), { teamSlug: slug });
      changed(answer.data);
    } catch (failure) {
      if (!currentSession()) showSignedOut();
      throw translateFailure(failure, { fields: { teamSlug: message('errorTeamSlug') }, codes: { team_not_found: message('errorTeamNotFound') } });
    }
    form.reset();
    show();
    setStatus('team', message('teamJoined', { name: page().team?.name ?? '' }));
  }, { team_not_found: 'teamSlug' });

  leave.addEventListener('click', async () => {
    setStatus('team', '');
    leave.disabled = true;
    try {
      const answer = await api<{ data: MyPage }>('DELETE', path());
      changed(answer.data);
      show();
      setStatus('team', message('teamLeft'));
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.status === 401) showSignedOut();
      else setStatus('team', failure instanceof ApiFailure && failure.status !== 0 ? failure.message : message('networkError'));
    } finally {
      leave.disabled = false;
    }
  });
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

  wireTeam(() => current, (page) => {
    current = page;
  });

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
