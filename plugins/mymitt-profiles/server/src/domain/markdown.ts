import { graphemeLength, renderSupporterMarkdown, supporterMarkdown as markdown, truncateGraphemes } from '@mymitt/plugin-kit';

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
  if (graphemeLength(text) <= maxChars) return text;
  const cut = truncateGraphemes(text, maxChars - 1);
  const wordEnd = text[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(wordEnd > cut.length / 2 ? cut.slice(0, wordEnd) : cut).trimEnd()}…`;
}

/** Renders a post body: sanitized HTML and a plain-text excerpt. */
export function renderPostBody(source: string, excerptMaxChars = EXCERPT_MAX_CHARS): RenderedBody {
  return { html: renderSupporterMarkdown(source), excerpt: excerptOf(source, excerptMaxChars) };
}
