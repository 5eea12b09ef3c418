import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { saveDraft } from '../../../app/classification';
import { isEditable, validateClassification, type CriticalityAnswer } from '../../../domain/classification';
import { ValidationError, type ValidationIssue } from '../../../domain/shared/Validation';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useServices } from '../../ServicesContext';
import { useStrings } from '../../strings';
import { CriticalityFields } from '../CriticalityFields';

export interface CriticalitySectionProps {
  /** Only the owner unit's editors and the coordinator answer; others read the answer. */
  canEdit: boolean;
  object: StoredClassification;
  busy: boolean;
  onSaved: (saved: StoredClassification, message: string) => void;
  onFailure: (error: unknown) => void;
}

/** Verksamhetskritiskt (R or T ≥ 3): a draft answers whether it is samhällsviktig; an approved version shows the answer. */
export function CriticalitySection(props: CriticalitySectionProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification.detail;
  const { object } = props;
  const [value, setValue] = React.useState<CriticalityAnswer>(object.criticality);
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => setValue(object.criticality), [object.etag]);

  if (!isEditable(object) || !props.canEdit) {
    const answer = object.criticality;
    return (
      <div>
        <p style={{ margin: '4px 0' }}>{s.criticalText}</p>
        <p>{answer.samhallsviktig === null ? s.criticalUnanswered : s.criticalAnswer(answer.samhallsviktig, answer.motivering)}</p>
      </div>
    );
  }

  async function save(): Promise<void> {
    const next = { ...object, criticality: value };
    const found = validateClassification(next).filter((i) => i.field.indexOf('criticality.') === 0);
    setIssues(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      const saved = await saveDraft(services, object, next);
      props.onSaved(saved, s.criticalSaved);
    } catch (error) {
      if (error instanceof ValidationError) setIssues(error.issues);
      else props.onFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div>
      <CriticalityFields value={value} issues={issues} onChange={setValue} disabled={props.busy || saving} />
      <PrimaryButton style={{ marginTop: 8 }} text={s.criticalSave} disabled={props.busy || saving} onClick={() => save().catch(() => undefined)} />
    </div>
  );
}
