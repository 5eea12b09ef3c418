import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import {
  XLSX_MIME,
  exportCatalogueCsv,
  exportCatalogueExcel,
  importCatalogue,
  readCatalogueFile,
  resetCatalogue,
} from '../../app/requirements';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import type { StoredRequirement } from '../../data/ports/RequirementCatalogueRepository';
import { ASPECTS, isAspect } from '../../domain/classification';
import { DEFAULT_CATALOGUE, REQUIREMENT_KINDS, isRequirementKind, type CatalogueRowIssue, type Requirement } from '../../domain/requirements';
import { ValidationError } from '../../domain/shared/Validation';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings, validationMessage } from '../strings';
import { BrokenItemsWarning } from '../organisation/BrokenItemsWarning';
import { CatalogueImportErrors } from './CatalogueImportErrors';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadFile, readFileBytes } from './download';
import { filterCatalogue, type CatalogueQuery } from './filterCatalogue';
import { useAccess } from '../access';
import { canManageCatalogue } from '../../domain/access/UserAccess';
import { RequirementDetailPanel } from './RequirementDetailPanel';
import { cellStyle, headerCellStyle, tableStyle, toolbarStyle, viewTitleStyle } from './styles';

interface Notice {
  type: MessageBarType;
  text: string;
}

type Pending = { kind: 'import'; fileName: string; catalogue: Requirement[] } | { kind: 'reset' };

const IMPORT_INPUT_ID = 'lis-catalogue-import';

/** The requirement catalogue: search and filter, read a requirement's ÄR and SKA text, import, export, reset. */
export default function CatalogueView(): JSX.Element {
  const strings = useStrings();
  const canManage = canManageCatalogue(useAccess().access);
  const services = useServices();
  const s = strings.requirements.catalogue;
  const [items, setItems] = React.useState<StoredRequirement[] | undefined>(undefined);
  const [broken, setBroken] = React.useState<BrokenItem[]>([]);
  const [error, setError] = React.useState<unknown>(undefined);
  const [query, setQuery] = React.useState<CatalogueQuery>({ text: '', kind: 'all', aspect: 'all', baseline: 'all' });
  const [selected, setSelected] = React.useState<Requirement | undefined>(undefined);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [importIssues, setImportIssues] = React.useState<CatalogueRowIssue[]>([]);
  const [pending, setPending] = React.useState<Pending | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const latest = React.useRef(0);

  const reload = React.useCallback(async (): Promise<void> => {
    const request = ++latest.current;
    try {
      const result = await services.requirements.list();
      if (request !== latest.current) return;
      setItems(result.items);
      setBroken(result.broken);
      setError(undefined);
    } catch (e) {
      if (request === latest.current) setError(e);
    }
  }, [services]);

  React.useEffect(() => {
    reload().catch(() => undefined);
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  const shown = React.useMemo(() => filterCatalogue(items ?? [], query), [items, query]);

  async function chooseFile(input: HTMLInputElement): Promise<void> {
    const file = input.files && input.files[0];
    if (!file) return;
    // Cleared at once so choosing the same file again (after fixing it) fires a new change event.
    const clear = (): void => {
      input.value = '';
    };
    setNotice(undefined);
    setImportIssues([]);
    setBusy(true);
    try {
      const result = await readCatalogueFile({ name: file.name, data: await readFileBytes(file) });
      if (result.ok) setPending({ kind: 'import', fileName: file.name, catalogue: result.catalogue });
      else if ('unreadable' in result) setNotice({ type: MessageBarType.error, text: s.unreadableFile(file.name) });
      else {
        setImportIssues(result.issues);
        setNotice({ type: MessageBarType.error, text: s.importFailed(file.name, result.issues.length) });
      }
    } catch {
      setNotice({ type: MessageBarType.error, text: s.unreadableFile(file.name) });
    } finally {
      setBusy(false);
      clear();
    }
  }

  async function replace(next: Pending): Promise<void> {
    setBusy(true);
    try {
      const stored = next.kind === 'import' ? await importCatalogue(services, next.catalogue) : await resetCatalogue(services);
      setNotice({ type: MessageBarType.success, text: next.kind === 'import' ? s.imported(stored.length) : s.resetDone(stored.length) });
      setPending(undefined);
      await reload();
    } catch (e) {
      const text = e instanceof ValidationError ? e.issues.map((i) => validationMessage(strings, i)).join(' ') : errorMessage(strings, e);
      setNotice({ type: MessageBarType.error, text });
      setPending(undefined);
    } finally {
      setBusy(false);
    }
  }

  async function exportExcel(): Promise<void> {
    setBusy(true);
    try {
      downloadFile(await exportCatalogueExcel(items ?? [], s.sheetName), s.exportFileExcel, XLSX_MIME);
    } catch (e) {
      setNotice({ type: MessageBarType.error, text: errorMessage(strings, e) });
    } finally {
      setBusy(false);
    }
  }

  const kindOptions: IDropdownOption[] = [{ key: 'all', text: s.kindAll }, ...REQUIREMENT_KINDS.map((k) => ({ key: k, text: strings.requirements.kinds[k] }))];
  const aspectOptions: IDropdownOption[] = [{ key: 'all', text: s.aspectAll }, ...ASPECTS.map((a) => ({ key: a, text: strings.requirements.aspects[a] }))];
  const baselineOptions: IDropdownOption[] = [
    { key: 'all', text: s.baselineAll },
    { key: 'yes', text: s.baselineOnly },
    { key: 'no', text: s.baselineNot },
  ];
  const c = s.columns;

  return (
    <div className="lis-catalogue">
      <h2 style={viewTitleStyle}>{s.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{s.description}</p>

      <div role="group" aria-label={s.commandsLabel} style={toolbarStyle}>
        {canManage && (
        <div>
          <label htmlFor={IMPORT_INPUT_ID} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
            {s.import}
          </label>
          <input
            id={IMPORT_INPUT_ID}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => {
              chooseFile(e.currentTarget).catch(() => undefined);
            }}
          />
        </div>
        )}
        <DefaultButton
          text={s.exportCsv}
          iconProps={{ iconName: 'Download' }}
          disabled={busy || !items || items.length === 0}
          onClick={() => downloadFile(exportCatalogueCsv(items ?? []), s.exportFileCsv, 'text/csv;charset=utf-8')}
        />
        <DefaultButton
          text={s.exportExcel}
          iconProps={{ iconName: 'ExcelDocument' }}
          disabled={busy || !items || items.length === 0}
          onClick={() => exportExcel().catch(() => undefined)}
        />
        {canManage && (
          <DefaultButton text={s.reset} iconProps={{ iconName: 'Undo' }} disabled={busy} onClick={() => setPending({ kind: 'reset' })} />
        )}
      </div>

      {notice && (
        <MessageBar messageBarType={notice.type} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice.text}
        </MessageBar>
      )}
      {importIssues.length > 0 && <CatalogueImportErrors issues={importIssues} />}
      {error !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={<DefaultButton onClick={() => reload().catch(() => undefined)} text={strings.app.retry} />}
        >
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      <BrokenItemsWarning items={broken} />

      <div style={toolbarStyle}>
        <SearchBox
          ariaLabel={s.searchLabel}
          placeholder={s.searchPlaceholder}
          value={query.text}
          onChange={(_e, v) => setQuery((q) => ({ ...q, text: v ?? '' }))}
          styles={{ root: { minWidth: 260 } }}
        />
        <Dropdown
          label={s.kindFilter}
          options={kindOptions}
          selectedKey={query.kind}
          onChange={(_e, o) => o && setQuery((q) => ({ ...q, kind: isRequirementKind(o.key) ? o.key : 'all' }))}
          styles={{ root: { minWidth: 160 } }}
        />
        <Dropdown
          label={s.aspectFilter}
          options={aspectOptions}
          selectedKey={query.aspect}
          onChange={(_e, o) => o && setQuery((q) => ({ ...q, aspect: isAspect(o.key) ? o.key : 'all' }))}
          styles={{ root: { minWidth: 160 } }}
        />
        <Dropdown
          label={s.baselineFilter}
          options={baselineOptions}
          selectedKey={query.baseline}
          onChange={(_e, o) => o && setQuery((q) => ({ ...q, baseline: o.key === 'yes' || o.key === 'no' ? o.key : 'all' }))}
          styles={{ root: { minWidth: 160 } }}
        />
      </div>

      {items === undefined && error === undefined ? (
        <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 24 } }} />
      ) : (
        items && (
          <>
            <p role="status" aria-live="polite" style={{ margin: '8px 0' }}>
              {s.count(shown.length, items.length)}
            </p>
            {shown.length === 0 ? (
              <p>{items.length === 0 ? s.empty : s.noMatches}</p>
            ) : (
              <table style={tableStyle} aria-label={s.listLabel}>
                <thead>
                  <tr>
                    {[c.code, c.title, c.kind, c.aspects, c.minLevel, c.baseline].map((h) => (
                      <th key={h} scope="col" style={headerCellStyle}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.code}>
                      <th scope="row" style={headerCellStyle}>
                        <Link onClick={() => setSelected(r)} aria-label={s.detailTitle(r.code)}>
                          {r.code}
                        </Link>
                      </th>
                      <td style={cellStyle}>{r.title}</td>
                      <td style={cellStyle}>{strings.requirements.kinds[r.kind]}</td>
                      <td style={cellStyle}>{r.aspects.join(', ')}</td>
                      <td style={cellStyle}>{r.baseline ? 1 : r.minLevel}</td>
                      <td style={cellStyle}>{r.baseline ? s.yes : s.no}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )
      )}

      {selected && <RequirementDetailPanel requirement={selected} onDismiss={() => setSelected(undefined)} />}
      {pending && (
        <ConfirmDialog
          title={pending.kind === 'import' ? s.importTitle : s.resetTitle}
          text={pending.kind === 'import' ? s.importText(pending.fileName, pending.catalogue.length) : s.resetText(DEFAULT_CATALOGUE.length)}
          confirm={pending.kind === 'import' ? s.importConfirm : s.resetConfirm}
          busy={busy}
          onConfirm={() => replace(pending).catch(() => undefined)}
          onDismiss={() => setPending(undefined)}
        />
      )}
    </div>
  );
}
