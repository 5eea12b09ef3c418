import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { effectiveProfile, isBusinessCritical, isEditable } from '../../../domain/classification';
import type { OrgUnit } from '../../../domain/organisation';
import { ConflictError } from '../../../data/ports/errors';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useStrings, errorMessage } from '../../strings';
import { ProfileTable } from '../ProfileTable';
import { SecurityProtectionNotice } from '../SecurityProtectionNotice';
import { ActionPlanSlot } from './ActionPlanSlot';
import { ApprovalSection } from './ApprovalSection';
import { CriticalitySection } from './CriticalitySection';
import { HistorySection } from './HistorySection';
import { ItemHistorySection } from '../../history/ItemHistorySection';
import { InformationSetsSection } from './InformationSetsSection';
import { LoweringRequestForm } from './LoweringRequestForm';
import { ManualRaiseForm } from './ManualRaiseForm';

export interface ClassificationDetailProps {
  object: StoredClassification;
  owner: OrgUnit | undefined;
  unitName: (id: string) => string;
  sharedTypeName: (id: string) => string;
  /** The owner unit's editors and the coordinator change it; everyone else reads it. */
  canEdit: boolean;
  onBack: () => void;
  onEdit: (object: StoredClassification) => void;
  onChanged: (saved: StoredClassification) => void;
  /** Reload the object after a conflict (someone else saved it). */
  onReload: () => void;
  /** Opened from a task about this requirement: point the user to it in the handlingsplan. */
  focusRequirementCode?: string;
}

const sectionHeading: React.CSSProperties = { fontSize: 18, fontWeight: 600, margin: '24px 0 6px' };

function Section(props: { id: string; title: string; children?: React.ReactNode }): JSX.Element {
  return (
    <section aria-labelledby={props.id}>
      <h4 id={props.id} style={sectionHeading}>
        {props.title}
      </h4>
      {props.children}
    </section>
  );
}

/**
 * One klassningsobjekt: its profile and what drives it, level-4 notice, criticality, manual raises, the information
 * sets, approval (or "Ny version"), history and the handlingsplan. An approved version is read-only.
 */
export function ClassificationDetail(props: ClassificationDetailProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification;
  const { object } = props;
  const [notice, setNotice] = React.useState<{ type: MessageBarType; text: string } | undefined>(undefined);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  // What the version allows (a draft) and what the person may do (the owner unit's editors).
  const editable = isEditable(object) && props.canEdit;
  const critical = isBusinessCritical(effectiveProfile(object));
  const ownerName = props.unitName(object.ownerUnitId);

  const onSaved = (saved: StoredClassification, message: string): void => {
    setFailure(undefined);
    setNotice({ type: MessageBarType.success, text: message });
    props.onChanged(saved);
  };
  const onFailure = (error: unknown): void => {
    setNotice(undefined);
    setFailure(error);
  };
  const shared = { busy: false, onSaved, onFailure };

  return (
    <article aria-labelledby="lis-cls-detail-title">
      <DefaultButton iconProps={{ iconName: 'Back' }} text={s.detail.back} onClick={props.onBack} />
      <h3 id="lis-cls-detail-title" style={{ fontSize: 22, fontWeight: 600, margin: '12px 0 4px' }}>
        {object.name}
      </h3>
      <p style={{ margin: '0 0 4px' }}>{s.detail.statusLine(s.status[object.status], object.version)}</p>
      <dl style={{ margin: '4px 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 2 }}>
        <dt style={{ fontWeight: 600 }}>{s.detail.owner}</dt>
        <dd style={{ margin: 0 }}>{ownerName}</dd>
        <dt style={{ fontWeight: 600 }}>{s.detail.kind}</dt>
        <dd style={{ margin: 0 }}>{s.kinds[object.kind]}</dd>
        <dt style={{ fontWeight: 600 }}>{s.detail.descriptionLabel}</dt>
        <dd style={{ margin: 0 }}>{object.description || s.detail.noDescription}</dd>
      </dl>

      {notice && (
        <MessageBar messageBarType={notice.type} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice.text}
        </MessageBar>
      )}
      {failure !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={failure instanceof ConflictError ? <DefaultButton onClick={props.onReload} text={strings.app.reload} /> : undefined}
        >
          {errorMessage(strings, failure)}
        </MessageBar>
      )}
      {!props.canEdit ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {strings.access.readOnlyUnit}
        </MessageBar>
      ) : editable ? (
        <DefaultButton style={{ marginTop: 8 }} iconProps={{ iconName: 'Edit' }} text={s.detail.edit} onClick={() => props.onEdit(object)} />
      ) : (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {s.detail.approvedNotice(object.version)}
        </MessageBar>
      )}

      <Section id="lis-cls-profile-heading" title={s.detail.profileHeading}>
        <ProfileTable object={object} id="lis-cls-detail-profile" />
        <SecurityProtectionNotice object={object} />
      </Section>

      {critical && (
        <Section id="lis-cls-critical-heading" title={s.detail.criticalHeading}>
          <CriticalitySection object={object} canEdit={props.canEdit} {...shared} />
        </Section>
      )}

      {editable && (
        <Section id="lis-cls-raise-heading" title={s.detail.raisesHeading}>
          <ManualRaiseForm object={object} {...shared} />
        </Section>
      )}

      <Section id="lis-cls-sets-heading" title={s.detail.setsHeading}>
        <InformationSetsSection object={object} sharedTypeName={props.sharedTypeName} />
        {editable && object.sets.some((set) => set.sharedBaseline) && (
          <>
            <h5 style={{ fontSize: 15, fontWeight: 600, margin: '12px 0 4px' }}>{s.detail.loweringHeading}</h5>
            <LoweringRequestForm object={object} {...shared} />
          </>
        )}
      </Section>

      <Section id="lis-cls-approval-heading" title={s.detail.approvalHeading}>
        <ApprovalSection object={object} owner={props.owner} ownerName={ownerName} canEdit={props.canEdit} {...shared} />
      </Section>

      <Section id="lis-cls-history-heading" title={s.detail.historyHeading}>
        <HistorySection object={object} unitName={props.unitName} />
      </Section>
      <ItemHistorySection entity="classification" id={object.id} />

      <ActionPlanSlot object={object} canEdit={props.canEdit} focusRequirementCode={props.focusRequirementCode} />
    </article>
  );
}
