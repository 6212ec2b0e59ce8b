/**
 * Control characters in request input: NUL and the other C0 controls (U+0000–U+001F) and DEL (U+007F).
 * PostgreSQL refuses NUL in text and jsonb, so one that reaches a query is a 500; the others have no
 * place in a path, a query string or a field name, and only tab, line feed and carriage return belong
 * in body text (a post, an address block). Pure: plain values in, a finding or null out.
 */

/** Every C0 control and DEL. */
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;
/** The same, less tab (U+0009), line feed (U+000A) and carriage return (U+000D). */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_IN_TEXT_ALL = new RegExp(CONTROL_IN_TEXT.source, 'g');

/** Where in a request a control character was found. */
export type RequestPart = 'path' | 'query' | 'body';

export interface ControlCharacterFinding {
  part: RequestPart;
  /** Keys from the root of the query or body to the offending key or value; empty for the path. */
  path: Array<string | number>;
  /** How a client names that place: `filters[title][$eq]` in a query, `data.blocks[0].heading` in a body. */
  name: string;
  /** The first offending character, e.g. `U+0000`. */
  character: string;
}

/** A key or value on the walk, linked to its parent so a path is built only for a finding. */
interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

const codePoint = (text: string, pattern: RegExp) => {
  const match = pattern.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
};

/** Control characters shown as `\u0000`, so a message never carries one. */
const printable = (key: string | number) =>
  String(key).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function pathOf(visit: Visit): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) keys.push(at.key as string | number);
  return keys.reverse();
}

const NAME_MAX_CHARS = 200;

function nameOf(part: RequestPart, keys: Array<string | number>) {
  const name =
    part === 'query'
      ? keys.map((key, i) => (i === 0 ? printable(key) : `[${printable(key)}]`)).join('')
      : keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? printable(key) : `.${printable(key)}`)).join('');
  // A body nested thousands deep would otherwise make a message of its size.
  return name.length > NAME_MAX_CHARS ? `${name.slice(0, NAME_MAX_CHARS)}…` : name;
}

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer);

/**
 * The first control character in a parsed query or body, in document order. Keys may hold none;
 * values none either, except tab, line feed and carriage return when `valuesMayHoldLineBreaks`.
 * Iterative, so a deeply nested body cannot exhaust the stack.
 */
function findInTree(part: RequestPart, root: unknown, valuesMayHoldLineBreaks: boolean): ControlCharacterFinding | null {
  const valuePattern = valuesMayHoldLineBreaks ? CONTROL_IN_TEXT : ANY_CONTROL;
  const finding = (visit: Visit, character: string) => {
    const path = pathOf(visit);
    return { part, path, name: nameOf(part, path), character };
  };

  const stack: Visit[] = [{ value: root, key: null, parent: null }];
  while (stack.length) {
    const visit = stack.pop() as Visit;
    if (typeof visit.key === 'string') {
      const character = codePoint(visit.key, ANY_CONTROL);
      if (character) return finding(visit, character);
    }
    const { value } = visit;
    if (typeof value === 'string') {
      const character = codePoint(value, valuePattern);
      if (character) return finding(visit, character);
    } else if (isContainer(value)) {
      const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        stack.push({ value: (value as any)[keys[i]], key: keys[i], parent: visit });
      }
    }
  }
  return null;
}

/**
 * Decodes one path segment. The router leaves a segment it cannot decode (a broken UTF-8 escape) as it
 * is; its ASCII escapes are decoded here all the same, so `%E0%A4%A%00` still shows its NUL.
 */
function decodeSegment(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment.replace(/%([0-7][0-9a-f])/gi, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** A control character in a URL path, after percent-decoding (`/api/pages/a%00b`). */
export function findControlCharacterInPath(rawPath: string): ControlCharacterFinding | null {
  const character = codePoint(rawPath.split('/').map(decodeSegment).join('/'), ANY_CONTROL);
  return character ? { part: 'path', path: [], name: 'path', character } : null;
}

/** A control character in a decoded query string (parameter names and values, nested ones too). */
export function findControlCharacterInQuery(query: unknown): ControlCharacterFinding | null {
  return findInTree('query', query, false);
}

/** A control character in a parsed JSON or form body: any in a field name; in a value, any but tab and line breaks. */
export function findControlCharacterInBody(body: unknown): ControlCharacterFinding | null {
  return findInTree('body', body, true);
}

/** What a refusal says: where the character is, so the client can find it. */
export function describeFinding({ part, name, character }: ControlCharacterFinding) {
  const where = part === 'path' ? 'the URL path' : part === 'query' ? `query parameter "${name}"` : `body field "${name}"`;
  return `Control character ${character} is not allowed in ${where}. Remove it and send the request again.`;
}

/**
 * A copy with the control characters a body may not hold removed from every string (keys included);
 * tab and line breaks stay. For input that must be accepted as sent, such as a signed webhook event.
 */
export function withoutControlCharacters<T>(value: T): T {
  const strip = (text: string) => text.replace(CONTROL_IN_TEXT_ALL, '');
  const copy = (input: unknown): unknown => {
    if (typeof input === 'string') return strip(input);
    if (Array.isArray(input)) return input.map(copy);
    if (!isContainer(input)) return input;
    // fromEntries defines own properties, so a "__proto__" key stays a key.
    return Object.fromEntries(Object.entries(input).map(([key, inner]) => [strip(key), copy(inner)]));
  };
  return copy(value) as T;
}
