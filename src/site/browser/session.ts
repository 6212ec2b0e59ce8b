/**
 * The supporter's session: the API's JWT, kept in localStorage and sent only as an Authorization
 * header by our own scripts. Why not a cookie: the REST API authenticates by header alone, so no
 * request is ever authenticated by an ambient credential (no CSRF by construction); XSS is kept out by
 * escaping every server-rendered value and by a CSP that runs no inline or third-party script.
 * docs/SITE.md has the whole reasoning.
 */
const KEY = 'mymitt.session';

export interface Session {
  jwt: string;
  displayName?: string;
}

export function currentSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as Session) : null;
    return session && typeof session.jwt === 'string' ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session) {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession() {
  localStorage.removeItem(KEY);
}
