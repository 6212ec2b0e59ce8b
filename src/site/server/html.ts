/**
 * The site's only way to write HTML: a tagged template that escapes every interpolated value unless it
 * is already `SafeHtml` (another template's result). Supporter and staff text can never become markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** Marks trusted markup (built by this module or by a renderer that escapes). Never for API text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0];
  for (let index = 0; index < values.length; index += 1) out += render(values[index]) + strings[index + 1];
  return new SafeHtml(out);
}

/** An href or src from content: only http(s), mailto and site-relative URLs; anything else becomes "#". */
export function safeUrl(url: string | null | undefined): string {
  if (!url) return '#';
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : '#';
}
