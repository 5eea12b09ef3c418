import * as React from 'react';
import type { Strings } from './strings';
import { canRunSetup, canSendReminders, hasAnyRole } from '../domain/access/UserAccess';
import { NoRoleMessage } from './access/AccessGate';
import type { ViewAudience } from './access/AccessGate';

/** One entry in the product's navigation: a view every host can mount through LisRoot. */
export interface ViewDefinition<K extends string = string> {
  key: K;
  /** The navigation label, from the UI strings (so it follows the locale). */
  label: (strings: Strings) => string;
  /** A Fluent UI (MDL2) icon name. */
  icon: string;
  /** Loaded on demand so a web part only downloads the view it shows. */
  component: React.LazyExoticComponent<React.ComponentType>;
  /** Who may open it (src/domain/access); everyone else gets a clear message. Default: everyone. */
  audience?: ViewAudience;
}

/** The data views: LIS data is only for people with a LIS role. */
const LIS_ROLES: ViewAudience = { allowed: hasAnyRole, denied: (strings) => React.createElement(NoRoleMessage, { strings }) };

function defineViews<K extends string>(views: readonly ViewDefinition<K>[]): readonly ViewDefinition<K>[] {
  return views;
}

/**
 * The view registry. Adding a view is one entry here (plus its strings under `nav`); hosts and the preview's
 * navigation read this list, and ViewKey follows from it.
 */
export const VIEWS = defineViews([
  {
    key: 'organisation',
    audience: LIS_ROLES,
    label: (strings) => strings.nav.organisation,
    icon: 'Org',
    component: React.lazy(() => import(/* webpackChunkName: 'lis-organisation-view' */ './organisation/OrganisationView')),
  },
  {
    key: 'classification',
    audience: LIS_ROLES,
    label: (strings) => strings.classification.title,
    icon: 'Lock',
    component: React.lazy(() => import(/* webpackChunkName: 'lis-classification-view' */ './classification/ClassificationView')),
  },
  {
    key: 'itQueue',
    audience: LIS_ROLES,
    label: (strings) => strings.requirements.nav.itQueue,
    icon: 'TaskManager',
    component: React.lazy(() => import(/* webpackChunkName: 'lis-it-queue-view' */ './requirements/ItQueueView')),
  },
  {
    key: 'catalogue',
    audience: LIS_ROLES,
    label: (strings) => strings.requirements.nav.catalogue,
    icon: 'BulletedList',
    component: React.lazy(() => import(/* webpackChunkName: 'lis-catalogue-view' */ './requirements/CatalogueView')),
  },
  {
    key: 'risk',
    audience: LIS_ROLES,
    label: (strings) => strings.risk.title,
    icon: 'ShieldAlert',
    component: React.lazy(() => import(/* webpackChunkName: 'lis-risk-view' */ './risk/RiskView')),
  },
  {
    key: 'riskRegister',
    audience: LIS_ROLES,
    label: (strings) => strings.riskOverview.nav.riskRegister,
    icon: 'GridViewMedium',
    component: React.lazy(() => import(/* webpackChunkName: 'lis-risk-register-view' */ './risk/overview/RiskRegisterView')),
  },
  {
    key: 'reminders',
    audience: { allowed: canSendReminders, denied: (strings) => strings.access.noReminders },
    label: (strings) => strings.reminders.title,
    icon: 'Mail',
    component: React.lazy(() => import(/* webpackChunkName: 'lis-reminders-view' */ './reminders/RemindersView')),
  },
  {
    key: 'myTasks',
    label: (strings) => strings.tasks.nav.myTasks,
    icon: 'TaskLogo',
    component: React.lazy(() => import(/* webpackChunkName: 'lis-my-tasks-view' */ './tasks/MyTasksView')),
  },
  {
    key: 'setup',
    label: (strings) => strings.setup.nav,
    icon: 'Shield',
    audience: { allowed: canRunSetup, denied: (strings) => strings.access.noSetup },
    component: React.lazy(() => import(/* webpackChunkName: 'lis-setup-view' */ './setup/SetupView')),
  },
]);

/** 'organisation' today; later issues add 'classification', 'risk', 'tasks' … through VIEWS. */
export type ViewKey = (typeof VIEWS)[number]['key'];

export function findView(key: string): ViewDefinition<ViewKey> | undefined {
  return VIEWS.filter((v) => v.key === key)[0];
}
