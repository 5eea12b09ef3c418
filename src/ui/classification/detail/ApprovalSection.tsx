import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { approveDraft, startNewClassificationVersion } from '../../../app/classification';
import { reviewStatus } from '../../../domain/classification';
import type { OrgUnit } from '../../../domain/organisation';
import { normaliseEmail } from '../../../domain/shared/Person';
import { ValidationError, type ValidationIssue } from '../../../domain/shared/Validation';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useServices } from '../../ServicesContext';
import { formatDateTime } from '../../shared/formatDateTime';
import { useStrings } from '../../strings';
import { allIssueTexts } from '../issueText';

export interface ApprovalSectionProps {
  object: StoredClassification;
  owner: OrgUnit | undefined;
  ownerName: string;
  /** Approve and "Ny version" are for the owner unit's editors and the coordinator. */
  canEdit: boolean;
  busy: boolean;
  onSaved: (saved: StoredClassification, message: string) => void;
  onFailure: (error: unknown) => void;
}

/**
 * A draft: the owner's representative approves it (who = the signed-in user, when = now); what still blocks the
 * approval is listed. An approved version: who approved it and when, the next review, and "Ny version".
 */
export function ApprovalSection(props: ApprovalSectionProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification.detail;
  const { object } = props;
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [working, setWorking] = React.useState(false);
  const disabled = props.busy || working;

  React.useEffect(() => setIssues([]), [object.etag]);

  async function approve(): Promise<void> {
    setWorking(true);
    try {
      const saved = await approveDraft(services, object);
      setIssues([]);
      props.onSaved(saved, s.approvedMessage(saved.name));
    } catch (error) {
      if (error instanceof ValidationError) setIssues(error.issues);
      else props.onFailure(error);
    } finally {
      setWorking(false);
    }
  }

  async function newVersion(): Promise<void> {
    setWorking(true);
    try {
      const saved = await startNewClassificationVersion(services, object);
      props.onSaved(saved, s.newVersionStarted(saved.version));
    } catch (error) {
      props.onFailure(error);
    } finally {
      setWorking(false);
    }
  }

  if (object.status === 'approved') {
    const state = reviewStatus(object, services.now());
    return (
      <div>
        <p style={{ margin: '4px 0' }}>
          {s.approvedBy(object.approvedBy?.displayName ?? '', object.approvedAt ? formatDateTime(object.approvedAt, strings.locale) : '')}
        </p>
        <p style={{ margin: '4px 0' }}>
          {s.nextReview(object.nextReviewDate ?? strings.classification.noReviewDate, strings.classification.reviewFilter[state])}
        </p>
        {props.canEdit && (
          <DefaultButton iconProps={{ iconName: 'Add' }} text={s.newVersion} disabled={disabled} onClick={() => newVersion().catch(() => undefined)} />
        )}
      </div>
    );
  }

  const me = normaliseEmail(services.currentUser.email);
  const representative = !!props.owner && props.owner.representatives.some((p) => normaliseEmail(p.email) === me);
  const texts = allIssueTexts(strings, issues);
  if (!props.canEdit) return <p style={{ marginTop: 0 }}>{s.approveHelp(props.ownerName)}</p>;
  return (
    <div>
      <p style={{ marginTop: 0 }}>{s.approveHelp(props.ownerName)}</p>
      {!representative && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {s.notRepresentative(props.ownerName)}
        </MessageBar>
      )}
      {texts.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          <div>{s.cannotApprove}</div>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {texts.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      <PrimaryButton
        style={{ marginTop: 8 }}
        iconProps={{ iconName: 'CheckMark' }}
        text={working ? s.approving : s.approve}
        disabled={disabled}
        onClick={() => approve().catch(() => undefined)}
      />
    </div>
  );
}
