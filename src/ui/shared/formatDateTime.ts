/** A stored ISO timestamp as the user's locale writes it (e.g. "28 nov. 2026 19:46"); the raw text if unparsable. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
