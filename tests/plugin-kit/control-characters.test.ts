import {
  findControlCharacterInBody,
  findControlCharacterInPath,
  findControlCharacterInQuery,
  withoutControlCharacters,
} from '../../packages/plugin-kit/src/control-characters';

describe('control characters in request input', () => {
  it('finds NUL, the other C0 controls and DEL in a decoded path, even beside a broken escape; a plain path passes', () => {
    expect(findControlCharacterInPath('/api/pages/a%00b')).toEqual({ part: 'path', path: [], name: 'path', character: 'U+0000' });
    expect(findControlCharacterInPath('/api/pages/a%1Fb')?.character).toBe('U+001F');
    expect(findControlCharacterInPath('/api/pages/a%7f')?.character).toBe('U+007F');
    expect(findControlCharacterInPath('/api/pages/a%09b')?.character).toBe('U+0009');
    expect(findControlCharacterInPath('/api/pages/%E0%A4%A%00')?.character).toBe('U+0000');
    expect(findControlCharacterInPath('/api/pages/caf%C3%A9/%ZZ')).toBeNull();
  });

  it('names a query parameter the way a client writes it, checking names as well as values, tab included', () => {
    expect(findControlCharacterInQuery({ filters: { title: { $eq: 'a\u0000b' } } })).toEqual({
      part: 'query',
      path: ['filters', 'title', '$eq'],
      name: 'filters[title][$eq]',
      character: 'U+0000',
    });
    expect(findControlCharacterInQuery({ sort: ['title', 'slug\t'] })?.name).toBe('sort[1]');
    expect(findControlCharacterInQuery({ 'a\u0001b': '1' })?.name).toBe('a\\u0001b');
    expect(findControlCharacterInQuery({ locale: 'es', q: 'café ☕' })).toBeNull();
  });

  it('allows tab and line breaks in body values only; names the field path; reports the first in document order', () => {
    expect(findControlCharacterInBody({ story: 'One\r\nTwo\n\tThree' })).toBeNull();
    expect(findControlCharacterInBody({ data: { blocks: [{ heading: 'ok' }, { heading: 'x\u000by' }] }, later: '\u0000' })).toEqual({
      part: 'body',
      path: ['data', 'blocks', 1, 'heading'],
      name: 'data.blocks[1].heading',
      character: 'U+000B',
    });
    expect(findControlCharacterInBody({ 'tab\tkey': 'v' })?.name).toBe('tab\\u0009key');
    expect(findControlCharacterInBody([1, true, null, { n: 2 }])).toBeNull();
    expect(findControlCharacterInBody(undefined)).toBeNull();
    expect(findControlCharacterInBody(Buffer.from([0, 1, 2]))).toBeNull();
  });

  it('walks a body nested thousands deep without exhausting the stack, and keeps its name short', () => {
    let body: unknown = 'a\u0000';
    for (let i = 0; i < 100_000; i += 1) body = [body];
    const finding = findControlCharacterInBody(body);
    expect(finding?.path).toHaveLength(100_000);
    expect(finding?.name.length).toBeLessThanOrEqual(201);
  });

  it('strips what a body may not hold from every string and key, keeping tab and line breaks and "__proto__" as a key', () => {
    const stripped = withoutControlCharacters({
      name: 'Ann\u0000 Romney\u007f',
      'k\u0000': ['a\tb\r\n', 3, null],
      ['__proto__']: { x: '\u0001' },
    });
    expect(stripped).toEqual({ name: 'Ann Romney', k: ['a\tb\r\n', 3, null], ['__proto__']: { x: '' } });
    expect(Object.getPrototypeOf(stripped)).toBe(Object.prototype);
  });
});
