/**
 * Notice templates: a subject and a body staff edit in the admin, with `{{name}}` placeholders, sections
 * shown only when a value is there (`{{#cancelUrl}}…{{/cancelUrl}}`) or not (`{{^firstName}}…{{/firstName}}`).
 * Blank lines part paragraphs. Values are text: the HTML part escapes them, and a value whose name ends in
 * `Url` becomes a link there. No database, no Strapi.
 */
export type NoticeVars = Record<string, string | number | boolean | null | undefined>;

export interface NoticeText {
  subject: string;
  body: string;
}

export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
}

const SECTION = /\{\{([#^])\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/g;
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

const present = (value: NoticeVars[string]) => value !== null && value !== undefined && value !== '' && value !== false;

/** The placeholder and section names a template uses (for checking what staff wrote against what a notice offers). */
export function placeholdersIn(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{\{\s*[#^/]?\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g)) names.add(match[1]);
  return [...names];
}

type Piece = { text: string } | { name: string };

/** Resolves sections and splits the rest into literal text and placeholders (nested sections resolve inside out). */
function pieces(template: string, vars: NoticeVars): Piece[] {
  let resolved = template;
  for (let guard = 0; guard < 10 && SECTION.test(resolved); guard++) {
    SECTION.lastIndex = 0;
    resolved = resolved.replace(SECTION, (_, kind: string, name: string, inner: string) =>
      (kind === '#') === present(vars[name]) ? inner : ''
    );
  }
  SECTION.lastIndex = 0;
  const out: Piece[] = [];
  let at = 0;
  for (const match of resolved.matchAll(PLACEHOLDER)) {
    out.push({ text: resolved.slice(at, match.index) }, { name: match[1] });
    at = match.index! + match[0].length;
  }
  out.push({ text: resolved.slice(at) });
  return out;
}

const valueOf = (vars: NoticeVars, name: string) => (present(vars[name]) ? String(vars[name]) : '');

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The template as plain text, placeholders filled. */
export function renderText(template: string, vars: NoticeVars): string {
  return pieces(template, vars)
    .map((piece) => ('text' in piece ? piece.text : valueOf(vars, piece.name)))
    .join('');
}

/** The template as HTML paragraphs: text escaped, `…Url` values as links, line breaks kept. */
export function renderHtml(template: string, vars: NoticeVars): string {
  const inline = pieces(template, vars)
    .map((piece) => {
      if ('text' in piece) return escapeHtml(piece.text);
      const value = valueOf(vars, piece.name);
      if (!value) return '';
      return piece.name.endsWith('Url') && /^https?:\/\//.test(value)
        ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`
        : escapeHtml(value);
    })
    .join('');
  return paragraphsOf(inline)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * The message one notice becomes: its subject (one line), the body as text and HTML, then the footer lines
 * (the "Paid for by" disclaimer, an unsubscribe line) as their own paragraphs.
 */
export function composeNotice(template: NoticeText, vars: NoticeVars, footer: string[], lang: string): RenderedNotice {
  const subject = renderText(template.subject, vars).replace(/\s+/g, ' ').trim();
  const body = paragraphsOf(renderText(template.body, vars)).join('\n\n');
  const footerText = footer.filter(Boolean);
  const text = [body, ...footerText].join('\n\n');
  const footerHtml = footerText
    .map((line) => `<p style="color:#555;font-size:13px">${linkify(escapeHtml(line))}</p>`)
    .join('\n');
  const html = `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${renderHtml(template.body, vars)}\n${footerHtml}\n</body></html>`;
  return { subject, text, html };
}

/** Footer lines are ours (the disclaimer, an unsubscribe line): their one URL becomes a link. */
function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
