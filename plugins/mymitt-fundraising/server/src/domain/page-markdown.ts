import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Supporter Markdown (page stories and updates) becomes HTML on the server, twice guarded, as the
 * profiles blog does (a copy: plugins never import each other's files): markdown-it with `html: false`
 * escapes raw HTML, and sanitize-html keeps only an allow-list of tags, attributes and URL schemes.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const LINK_SCHEMES = /^(https?:\/\/|mailto:)/i;

/** Links: http, https and mailto only, always `rel="nofollow ugc noopener"`. Images: https only. */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: 'p br hr h2 h3 h4 h5 h6 blockquote ul ol li strong em s del code pre a img'.split(' '),
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // The page owns the one <h1> (its title).
    h1: 'h2',
    a: (tagName, attribs) =>
      LINK_SCHEMES.test(attribs.href ?? '')
        ? { tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }
        : { tagName: 'span', attribs: {} },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** Sanitized HTML of supporter Markdown, safe to insert into a page. */
export function renderSupporterMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS).trim();
}
