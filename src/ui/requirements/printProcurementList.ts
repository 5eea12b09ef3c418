import type { ProcurementList, RequirementKind } from '../../domain/requirements';
import type { Strings } from '../strings';

/**
 * Opens the kravlista as a plain printable page in a new window and starts printing. The page is built with DOM
 * calls and textContent only (no HTML strings), so requirement texts can never inject markup.
 */
export function printProcurementList(list: ProcurementList, strings: Strings, locale: string): boolean {
  const win = window.open('', '_blank');
  if (!win) return false;
  const s = strings.requirements.procurement;
  const doc = win.document;
  doc.documentElement.lang = locale.slice(0, 2);
  doc.title = s.title(list.objectName);
  const style = doc.createElement('style');
  style.textContent =
    'body{font-family:Segoe UI,Arial,sans-serif;margin:24px;color:#000}table{border-collapse:collapse;width:100%}' +
    'th,td{border:1px solid #999;padding:6px;text-align:left;vertical-align:top}th{background:#eee}';
  doc.head.appendChild(style);
  const add = (parent: HTMLElement, tag: string, text?: string): HTMLElement => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    parent.appendChild(el);
    return el;
  };
  add(doc.body, 'h1', s.title(list.objectName));
  add(doc.body, 'p', s.intro(list.profile));
  if (list.excludedAspects.length > 0) add(doc.body, 'p', s.level4(list.excludedAspects.map((a) => strings.requirements.aspects[a]).join(', ')));
  const table = add(doc.body, 'table');
  const head = add(add(table, 'thead'), 'tr');
  const c = s.columns;
  for (const h of [c.code, c.title, c.skaText, c.kind, c.aspects, c.reference]) add(head, 'th', h).setAttribute('scope', 'col');
  const body = add(table, 'tbody');
  for (const row of list.rows) {
    const tr = add(body, 'tr');
    for (const v of [row.code, row.title, row.skaText, strings.requirements.kinds[row.kind as RequirementKind], row.aspects, row.reference]) add(tr, 'td', v);
  }
  doc.close();
  win.focus();
  win.print();
  return true;
}
