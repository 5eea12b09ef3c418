import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { OrgUnit } from '../../domain/organisation';
import type { StoredSharedInformationType } from '../../data/ports/SharedInformationTypeRepository';
import { useServices } from '../ServicesContext';
import { useStrings } from '../strings';
import { useOpenFromParam } from '../useOpenFromParam';
import { useViewParams } from '../viewParams';
import { ListPane } from '../shared/ListPane';
import { ClassificationFilters } from './ClassificationFilters';
import { ClassificationList } from './ClassificationList';
import { EMPTY_QUERY, filterClassifications, type ClassificationQuery } from './classificationQuery';
import { ClassificationDetail } from './detail/ClassificationDetail';
import { useAccess } from '../access';
import { canEditUnit, canManageSharedTypes, canReadUnit } from '../../domain/access/UserAccess';
import { LoweringQueue } from './shared/LoweringQueue';
import { SharedTypesAdmin } from './shared/SharedTypesAdmin';
import { useClassifications } from './useClassifications';
import { ClassificationWizard } from './wizard/ClassificationWizard';
import { useListDetail } from '../shared/useListDetail';

type WizardState = { open: false } | { open: true; existing: StoredClassification | undefined };
type Tab = 'objects' | 'shared' | 'lowerings';

/**
 * Informationsklassning: the klassningsobjekt list with filters, the guided wizard, each object's detail (profile,
 * raises, approval, history, handlingsplan), and the coordinator's shared information types and lowering requests.
 */
export default function ClassificationView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification;
  const { loading, items: loadedItems, broken, units, error, reload } = useClassifications();
  const { access } = useAccess();
  // SharePoint already trims what the person cannot read; the UI mirrors it (and the preview relies on it).
  const items = React.useMemo(() => loadedItems.filter((o) => canReadUnit(access, o.ownerUnitId)), [loadedItems, access]);
  const editableUnits = React.useMemo(() => units.filter((u) => canEditUnit(access, u.id)), [units, access]);
  const coordinatorTabs = canManageSharedTypes(access);
  const [tab, setTab] = React.useState<Tab>('objects');
  const [query, setQuery] = React.useState<ClassificationQuery>(EMPTY_QUERY);
  const view = useListDetail(items);
  const { selected, detail, detailId } = view;
  const [wizard, setWizard] = React.useState<WizardState>({ open: false });
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const [sharedTypes, setSharedTypes] = React.useState<StoredSharedInformationType[]>([]);
  // Read once per mount: the review state of the list does not change while the user looks at it.
  const today = React.useMemo(() => services.now(), [services]);

  React.useEffect(() => {
    let live = true;
    services.sharedInformationTypes
      .list()
      .then((r) => live && setSharedTypes(r.items))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services, tab]);

  const unitsById = React.useMemo(() => new Map(units.map((u) => [u.id, u] as [string, OrgUnit])), [units]);
  const unitName = React.useCallback((id: string): string => unitsById.get(id)?.name ?? s.unknownUnit(id), [unitsById, s]);
  const sharedTypeName = (id: string): string => sharedTypes.filter((t) => t.id === id)[0]?.name ?? id;
  const shown = React.useMemo(() => filterClassifications(items, query, today), [items, query, today]);


  const refresh = (): void => {
    reload().catch(() => undefined);
  };

  function openDetail(object: StoredClassification): void {
    view.openDetail(object);
    setNotice(undefined);
  }

  // A task's deep link (`objectId`, optionally `requirementCode` in its handlingsplan) opens that object once loaded.
  const params = useViewParams();
  const linked = useOpenFromParam(params.objectId, items, !loading && error === undefined, openDetail);
  // Pointed out once: going back to the list and reopening the object shows it without the note.
  const [focusCode, setFocusCode] = React.useState<string | undefined>(params.requirementCode);

  async function reloadDetail(): Promise<void> {
    if (!detailId) return;
    try {
      const fresh = await services.classifications.get(detailId);
      view.showInDetail(fresh);
    } finally {
      refresh();
    }
  }

  const objectsTab = detail ? (
    <ClassificationDetail
      key={detail.id}
      object={detail}
      focusRequirementCode={detail.id === params.objectId ? focusCode : undefined}
      owner={unitsById.get(detail.ownerUnitId)}
      canEdit={canEditUnit(access, detail.ownerUnitId)}
      unitName={unitName}
      sharedTypeName={sharedTypeName}
      onBack={() => {
        view.closeDetail();
        setFocusCode(undefined);
      }}
      onEdit={(object) => setWizard({ open: true, existing: object })}
      onChanged={(saved) => {
        view.showInDetail(saved);
        refresh();
      }}
      onReload={() => reloadDetail().catch(() => undefined)}
    />
  ) : (
    <ListPane
      strings={s}
      loading={loading}
      error={error}
      broken={broken}
      shownCount={shown.length}
      totalCount={items.length}
      canOpen={selected !== undefined}
      canCreate={editableUnits.some((u) => u.active)}
      notice={notice}
      onCreate={() => setWizard({ open: true, existing: undefined })}
      onOpen={() => selected && openDetail(selected)}
      onRefresh={refresh}
      onDismissNotice={() => setNotice(undefined)}
      filters={<ClassificationFilters query={query} units={units} onChange={setQuery} />}
      list={<ClassificationList items={shown} unitName={unitName} today={today} onSelect={view.select} onInvoke={openDetail} />}
    />
  );

  return (
    <div className="lis-classification">
      <h2 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 4px' }}>{s.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{s.description}</p>
      <Pivot
        aria-label={s.tabsLabel}
        selectedKey={tab}
        onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)}
        headersOnly={true}
      >
        <PivotItem itemKey="objects" headerText={s.tabs.objects} />
        {coordinatorTabs && <PivotItem itemKey="shared" headerText={s.tabs.shared} />}
        {coordinatorTabs && <PivotItem itemKey="lowerings" headerText={s.tabs.lowerings} />}
      </Pivot>
      <div role="tabpanel" aria-label={s.tabs[tab]} style={{ paddingTop: 12 }}>
        {linked.missing !== undefined && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} onDismiss={linked.dismiss} dismissButtonAriaLabel={strings.app.close}>
            {strings.tasks.deepLink.objectMissing(linked.missing)}
          </MessageBar>
        )}
        {tab === 'objects' && objectsTab}
        {tab === 'shared' && coordinatorTabs && <SharedTypesAdmin />}
        {tab === 'lowerings' && coordinatorTabs && <LoweringQueue />}
      </div>

      {wizard.open && (
        <ClassificationWizard
          existing={wizard.existing}
          units={editableUnits}
          defaultOwnerUnitId={query.ownerUnitId !== 'all' ? query.ownerUnitId : undefined}
          onDismiss={() => {
            setWizard({ open: false });
            refresh();
          }}
          onSaved={(saved, closed) => {
            if (detailId === saved.id) view.showInDetail(saved);
            if (closed) {
              setWizard({ open: false });
              setNotice(s.saved(saved.name));
              openDetail(saved);
            }
            refresh();
          }}
        />
      )}
    </div>
  );
}
