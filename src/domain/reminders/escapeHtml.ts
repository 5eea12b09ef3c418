const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for HTML element content and quoted attribute values: & < > " ' and `. */
export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

/** A link target for a mail: only absolute http(s) URLs; anything else (javascript:, data:, relative) becomes null. */
export function safeHttpUrl(value: string): string | null {
  const trimmed = String(value).trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
}
