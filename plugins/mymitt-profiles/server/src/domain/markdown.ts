import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Supporter Markdown becomes HTML on the server, twice guarded: markdown-it with `html: false`
 * escapes raw HTML instead of passing it through, and sanitize-html keeps only an allow-list of
 * tags, attributes and URL schemes, whatever markdown-it (or a future plugin of it) produced.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const LINK_SCHEMES = /^(https?:\/\/|mailto:)/i;

/** Links: http, https and mailto only, always `rel="nofollow ugc noopener"`. Images: https only. */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: 'p br hr h2 h3 h4 h5 h6 blockquote ul ol li strong em s del code pre a img table thead tbody tr th td'.split(' '),
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // The page owns the one <h1> (the post title).
    h1: 'h2',
    // A link to any other scheme (ftp:, relative…) keeps its text and loses the link: an unlisted tag is discarded.
    a: (tagName, attribs) =>
      LINK_SCHEMES.test(attribs.href ?? '')
        ? { tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }
        : { tagName: 'span', attribs: {} },
  },
  // An image whose source was refused (not https) is dropped, not shown broken.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

export const EXCERPT_MAX_CHARS = 280;

export interface RenderedBody {
  /** Safe to insert into a page as HTML. */
  html: string;
  /** Plain text (not HTML): the client escapes it like any other text. */
  excerpt: string;
}

/** The plain text of rendered Markdown, whitespace collapsed, cut on a word boundary with an ellipsis. */
function excerptOf(source: string, maxChars: number): string {
  const words: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') words.push(child.content);
        else if (child.type === 'softbreak' || child.type === 'hardbreak') words.push(' ');
        else if (child.type === 'image') words.push(child.content);
      }
      words.push(' ');
    } else if (token.type === 'code_block' || token.type === 'fence') {
      words.push(token.content, ' ');
    }
  }
  const text = words.join('').replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const wordEnd = text[maxChars - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(wordEnd > maxChars / 2 ? cut.slice(0, wordEnd) : cut).trimEnd()}…`;
}

/** Renders a post body: sanitized HTML and a plain-text excerpt. */
export function renderPostBody(source: string, excerptMaxChars = EXCERPT_MAX_CHARS): RenderedBody {
  const html = sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS).trim();
  return { html, excerpt: excerptOf(source, excerptMaxChars) };
}
