const BLOCKS = new Set(['P', 'DIV', 'TR', 'TABLE', 'THEAD', 'TBODY', 'H1', 'H2', 'H3', 'H4', 'LI', 'UL', 'OL']);
const SKIPPED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TITLE']);

/**
 * A mail's HTML as plain text for showing in a <pre>: parsed into an inert document (DOMParser runs no scripts and
 * loads nothing) and only its text read back, so nothing of the mail is ever rendered as HTML. Links keep their
 * target in brackets; table cells are separated by " | ".
 */
export function mailHtmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (BLOCKS.has(tag) && out && !out.endsWith('\n')) out += '\n';
    if ((tag === 'TD' || tag === 'TH') && element.previousElementSibling) out += ' | ';
    element.childNodes.forEach(walk);
    if (tag === 'A') {
      const href = element.getAttribute('href');
      if (href && href !== element.textContent) out += ` (${href})`;
    }
    if (BLOCKS.has(tag) && !out.endsWith('\n')) out += '\n';
  };
  walk(doc.body);
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}
