import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useStrings } from '../../strings';

/** The handlingsplan (requirements UI) loads on demand: the classification view's own chunk stays small. */
const ActionPlanSection = React.lazy(() => import(/* webpackChunkName: 'lis-action-plan' */ '../../requirements/ActionPlanSection'));

/**
 * Where the object's handlingsplan goes: the requirements area's ActionPlanSection (it renders its own h4 heading).
 * Opened from a task about one requirement, a note naming it comes first and takes focus, so the user lands there.
 */
export function ActionPlanSlot(props: { object: StoredClassification; canEdit: boolean; focusRequirementCode?: string }): JSX.Element {
  const strings = useStrings();
  const note = React.useRef<HTMLDivElement>(null);
  const code = props.focusRequirementCode;

  React.useEffect(() => {
    const element = note.current;
    if (!code || !element) return;
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [code]);

  return (
    <>
      {code && (
        <div ref={note} tabIndex={-1} style={{ marginTop: 24 }}>
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
            {strings.tasks.deepLink.requirementFocus(code)}
          </MessageBar>
        </div>
      )}
      <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.app.loading} labelPosition="right" />}>
        <ActionPlanSection object={props.object} canEdit={props.canEdit} />
      </React.Suspense>
    </>
  );
}
