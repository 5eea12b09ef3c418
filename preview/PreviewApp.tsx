import * as React from 'react';
import type { Services } from '../src/app/Services';
import { DEFAULT_SETTINGS } from '../src/app/settings';
import { LisRoot, LIS_THEMES, LIS_THEME_NAMES, LOCALES, VIEWS, stringsFor, type LisThemeName, type ViewKey } from '../src/ui';
import { previewLinks } from '../src/app/links';
import { DEMO_USERS, demoUserById, loadDemoUserId, saveDemoUserId } from './demoUsers';
import { hashForView, loadPreferences, savePreferences, viewIdFromHash, viewParamsFromHash, type PreviewPreferences } from './preferences';
import type { PreviewStore } from './previewStore';
import { Shell, type ShellTheme, type ShellView } from './Shell';
import { shellStringsFor, type ShellLocale } from './shellStrings';

const VIEW_IDS: readonly string[] = VIEWS.map((v) => v.key);

function initialPreferences(): PreviewPreferences {
  return loadPreferences({ locales: LOCALES, themeIds: LIS_THEME_NAMES, viewIds: VIEW_IDS }, window.location.hash);
}

/** The preview: the product shell around the same LisRoot the web parts mount, over the local store. */
export function PreviewApp(props: { store: PreviewStore }): JSX.Element {
  const [preferences, setPreferences] = React.useState<PreviewPreferences>(initialPreferences);
  // A task's deep link (`#/<view>?objectId=…`) opens an item; following the navigation drops the parameters.
  const [params, setParams] = React.useState<Record<string, string>>(() => viewParamsFromHash(window.location.hash));
  // Bumped after "reset demo data" so the view remounts and reads the store afresh.
  const [generation, setGeneration] = React.useState(0);
  const [userId, setUserId] = React.useState(loadDemoUserId);
  const user = demoUserById(userId);
  const { store } = props;

  const services = React.useMemo<Services>(
    () => ({
      orgUnits: store.orgUnits,
      classifications: store.classifications,
      sharedInformationTypes: store.sharedInformationTypes,
      requirements: store.requirements,
      actionPlans: store.actionPlans,
      handovers: store.handovers,
      riskMatrices: store.riskMatrices,
      riskAnalyses: store.riskAnalyses,
      risks: store.risks,
      riskActions: store.riskActions,
      taskInputs: store.taskInputs,
      people: store.people,
      reminderLog: store.reminderLog,
      access: store.access,
      permissionAdmin: store.permissionAdmin,
      itemHistory: store.itemHistory,
      mailSender: async () => store.outbox,
      outbox: store.outbox,
      links: previewLinks(`${window.location.origin}${window.location.pathname}`),
      currentUser: user.person,
      now: () => new Date(),
      settings: DEFAULT_SETTINGS,
    }),
    [store, user],
  );

  // Keep storage and the hash in step with what is shown.
  React.useEffect(() => {
    savePreferences(preferences);
    const hash = hashForView(preferences.viewId, params);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [preferences, params]);

  // Following a navigation link (or the back button) changes the hash.
  React.useEffect(() => {
    const onHashChange = (): void => {
      const id = viewIdFromHash(window.location.hash);
      const known = id !== undefined && VIEW_IDS.indexOf(id) >= 0;
      // An unknown view keeps the current one; the new object makes the effect above write its hash back.
      setPreferences((p) => (known ? { ...p, viewId: id as string } : { ...p }));
      setParams(known ? viewParamsFromHash(window.location.hash) : {});
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const uiStrings = stringsFor(preferences.locale);
  const shellStrings = shellStringsFor(preferences.locale);
  const views: ShellView[] = VIEWS.map((v) => ({ id: v.key, label: v.label(uiStrings) }));
  const themes: ShellTheme[] = LIS_THEME_NAMES.map((name) => ({
    id: name,
    label: shellStrings.themeNames[name] ?? name,
    fluentTheme: LIS_THEMES[name],
  }));

  const resetDemoData = async (): Promise<void> => {
    await store.resetDemoData();
    setGeneration((g) => g + 1);
  };

  return (
    <Shell
      locale={preferences.locale}
      locales={LOCALES}
      themes={themes}
      themeId={preferences.themeId}
      views={views}
      viewId={preferences.viewId}
      currentUserName={user.person.displayName}
      users={DEMO_USERS.map((u) => ({ id: u.id, label: `${u.person.displayName} (${u.role[preferences.locale]})` }))}
      userId={user.id}
      onUserChange={(id: string) => {
        saveDemoUserId(id);
        setUserId(id);
      }}
      onLocaleChange={(locale: ShellLocale) => setPreferences((p) => ({ ...p, locale }))}
      onThemeChange={(themeId: string) => setPreferences((p) => ({ ...p, themeId }))}
      onResetDemoData={resetDemoData}
    >
      <LisRoot
        key={`${generation}:${user.id}`}
        services={services}
        locale={preferences.locale}
        theme={LIS_THEMES[preferences.themeId as LisThemeName]}
        view={preferences.viewId as ViewKey}
        params={params}
      />
    </Shell>
  );
}
