import { renderPostBody } from '../../../plugins/mymitt-profiles/server/src/domain/markdown';
import { detectImageKind, toImageView } from '../../../plugins/mymitt-profiles/server/src/domain/image-file';
import { freePostSlug, moderationAfterReport, publishRefusal } from '../../../plugins/mymitt-profiles/server/src/domain/post';

describe('post bodies', () => {
  it('escape raw HTML and keep Markdown formatting', () => {
    expect(renderPostBody('Hi <b onclick="x()">there</b> **you**').html).toBe(
      '<p>Hi &lt;b onclick="x()"&gt;there&lt;/b&gt; <strong>you</strong></p>'
    );
  });

  it('keep only http(s) and mailto links, with rel="nofollow ugc noopener", and https images', () => {
    const { html } = renderPostBody('[a](http://example.org) b [c](vbscript:msgbox) ![d](https://x.example/i.png) ![e](//x.example/i.png)');
    expect(html).toBe(
      '<p><a href="http://example.org" rel="nofollow ugc noopener">a</a> b [c](vbscript:msgbox) ' +
        '<img src="https://x.example/i.png" alt="d" /> </p>'
    );
  });

  it('drop a title-level heading to h2 and tables survive without style attributes', () => {
    const { html } = renderPostBody('# Title\n\n| a | b |\n|:-|-:|\n| 1 | 2 |');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<th>a</th>');
    expect(html).not.toContain('style=');
  });

  it('give a plain-text excerpt cut on a word boundary', () => {
    expect(renderPostBody('# Hello\n\nA *b* `c` & <d>').excerpt).toBe('Hello A b c & <d>');
    const long = renderPostBody('word '.repeat(100), 30).excerpt;
    expect(long).toBe('word word word word word word…');
    expect(long.length).toBeLessThanOrEqual(30);
  });
});

describe('image kinds', () => {
  const bytes = (...values: Array<number | string>) =>
    Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

  it('are told by their signature only', () => {
    expect(detectImageKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(detectImageKind(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(detectImageKind(bytes('GIF89a'))).toBe('gif');
    expect(detectImageKind(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('webp');
    expect(detectImageKind(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(detectImageKind(bytes('<svg xmlns='))).toBeNull();
    expect(detectImageKind(bytes('<?xml version'))).toBeNull();
    expect(detectImageKind(bytes(0xff, 0xd8))).toBeNull();
  });

  it('are shown by url, size and thumbnail only', () => {
    const file = { url: '/u/a.png', width: 10, height: 5, hash: 'a', provider: 'local', formats: { thumbnail: { url: '/u/t.png' } } };
    expect(toImageView(file)).toEqual({ url: '/u/a.png', width: 10, height: 5, thumbnailUrl: '/u/t.png' });
    expect(toImageView(null)).toBeNull();
  });
});

describe('post rules', () => {
  it('slugs avoid taken ones and route words', () => {
    expect(freePostSlug('Hello, World!', [])).toBe('hello-world');
    expect(freePostSlug('Hello, World!', ['hello-world', 'hello-world-2'])).toBe('hello-world-3');
    expect(freePostSlug('mine', [])).toBe('mine-2');
    expect(freePostSlug('¿¡!?', [])).toBe('post');
  });

  it('a removed post stays removed; an empty one cannot go live', () => {
    expect(publishRefusal({ moderation: 'removed', bodyMarkdown: 'x' })).toBe('removed');
    expect(publishRefusal({ moderation: 'dismissed', bodyMarkdown: ' \n' })).toBe('empty');
    expect(publishRefusal({ moderation: 'open', bodyMarkdown: 'x' })).toBeNull();
    expect(moderationAfterReport('dismissed')).toBe('open');
    expect(moderationAfterReport('removed')).toBe('removed');
  });
});
