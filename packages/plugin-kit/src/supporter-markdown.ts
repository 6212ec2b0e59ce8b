import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Supporter Markdown (blog posts, fundraising page stories and updates) becomes HTML on the server, twice
 * guarded: markdown-it with `html: false` escapes raw HTML instead of passing it through, and
 * sanitize-html keeps only an allow-list of tags, attributes and URL schemes, whatever markdown-it (or a
 * future plugin of it) produced. One allow-list for every plugin, so a fix reaches all of them.
 */
export const supporterMarkdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

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
    // The page owns the one <h1> (the post or page title).
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

/** Sanitized HTML of supporter Markdown, safe to insert into a page. */
export function renderSupporterMarkdown(source: string): string {
  return sanitizeHtml(supporterMarkdown.render(source), SANITIZE_OPTIONS).trim();
}
