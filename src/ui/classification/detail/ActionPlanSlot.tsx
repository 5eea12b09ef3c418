import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useStrings } from '../../strings';

/** The handlingsplan (requirements UI) loads on demand: the classification view's own chunk stays small. */
const ActionPlanSection = React.lazy(() => import(/* webpackChunkName: 'lis-action-plan' */ '../../requirements/ActionPlanSection'));

/** Where the object's handlingsplan goes: the requirements area's ActionPlanSection (it renders its own h4 heading). */
export function ActionPlanSlot(props: { object: StoredClassification }): JSX.Element {
  const strings = useStrings();
  return (
    <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.app.loading} labelPosition="right" />}>
      <ActionPlanSection object={props.object} />
    </React.Suspense>
  );
}
