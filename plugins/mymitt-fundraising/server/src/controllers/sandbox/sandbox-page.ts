import { escapeHtml as escape } from '../../domain/escape-html';

/** A minimal page with form buttons (no script: the default CSP allows forms posting to this origin). */
export function renderSandboxPage(page: { title: string; lines: string[]; actions: Array<{ label: string; action: string }> }) {
  const lines = page.lines.map((line) => `<p>${escape(line)}</p>`).join('\n');
  const actions = page.actions
    .map((a) => `<form method="post" action="${escape(a.action)}"><button type="submit">${escape(a.label)}</button></form>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(page.title)}</title></head>
<body><h1>${escape(page.title)}</h1>
${lines}
${actions}
</body></html>`;
}
