import { html, safeUrl, trusted as trustedTag, type SafeHtml } from '../html';

/** Strapi's "blocks" rich text (a JSON tree, never raw HTML) rendered node by node. */
interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
interface ElementNode {
  type: string;
  children?: Node[];
  level?: number;
  format?: 'ordered' | 'unordered';
  url?: string;
  image?: { url?: string; alternativeText?: string | null; width?: number; height?: number };
  language?: string;
}
type Node = TextNode | ElementNode;

function text(node: TextNode): SafeHtml {
  let out = html`${node.text}`;
  if (node.code) out = html`<code>${out}</code>`;
  if (node.bold) out = html`<strong>${out}</strong>`;
  if (node.italic) out = html`<em>${out}</em>`;
  if (node.underline) out = html`<u>${out}</u>`;
  if (node.strikethrough) out = html`<s>${out}</s>`;
  return out;
}

function children(nodes: Node[] | undefined): SafeHtml[] {
  return (nodes ?? []).map(node);
}

function node(item: Node): SafeHtml {
  if (item.type === 'text') return text(item as TextNode);
  const element = item as ElementNode;
  switch (element.type) {
    case 'paragraph':
      return html`<p>${children(element.children)}</p>`;
    case 'heading': {
      // Page titles are the only h1; content headings start at h2.
      const level = Math.min(6, Math.max(2, Number(element.level) || 2));
      return html`${trustedTag(`<h${level}>`)}${children(element.children)}${trustedTag(`</h${level}>`)}`;
    }
    case 'list':
      return element.format === 'ordered'
        ? html`<ol>${children(element.children)}</ol>`
        : html`<ul>${children(element.children)}</ul>`;
    case 'list-item':
      return html`<li>${children(element.children)}</li>`;
    case 'quote':
      return html`<blockquote>${children(element.children)}</blockquote>`;
    case 'code':
      return html`<pre><code>${children(element.children)}</code></pre>`;
    case 'link':
      return html`<a href="${safeUrl(element.url)}">${children(element.children)}</a>`;
    case 'image':
      return element.image?.url
        ? html`<img src="${safeUrl(element.image.url)}" alt="${element.image.alternativeText ?? ''}" loading="lazy">`
        : html``;
    default:
      return html`${children(element.children)}`;
  }
}

export function renderRichText(body: unknown): SafeHtml {
  return Array.isArray(body) ? html`<div class="rich-text">${(body as Node[]).map(node)}</div>` : html``;
}
