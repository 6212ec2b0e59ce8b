import { api } from '../api';
import { onSubmit } from '../forms';
import { currentSession } from '../session';
import { sitePath } from '../site-data';
import { formOf, showSignedOut } from './common';
import { pageBody, pageFailure } from './page-form';

/** /fundraise/start: POST /api/mymitt-fundraising/pages, then the dashboard shows the new page. */
export function enhance() {
  const form = formOf('fundraise-start');
  if (!form) return;
  if (!currentSession()) {
    showSignedOut();
    return;
  }
  onSubmit(
    form,
    async (values) => {
      const body = pageBody(form, values);
      if (!body) return;
      try {
        await api('POST', '/mymitt-fundraising/pages', body);
      } catch (failure) {
        if (!currentSession()) showSignedOut();
        throw pageFailure(failure);
      }
      location.assign(sitePath('/account'));
    },
    { slug_taken: 'title', slug_reserved: 'title' }
  );
}
