import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { ThemeProvider, useTheme, type PartialTheme } from '@fluentui/react/lib/Theme';
import { shellStringsFor, type ShellLocale } from './shellStrings';
import { hashForView } from './preferences';
import './shell.css';

/** A navigation entry, already labelled in the current language. */
export interface ShellView {
  id: string;
  label: string;
}

/** A demo person to act as, labelled with name and role. */
export interface ShellUser {
  id: string;
  label: string;
}

/** A theme choice, labelled, with the Fluent theme the shell paints itself with. */
export interface ShellTheme {
  id: string;
  label: string;
  fluentTheme: PartialTheme;
}

export interface ShellProps {
  locale: ShellLocale;
  locales: readonly ShellLocale[];
  themes: readonly ShellTheme[];
  themeId: string;
  views: readonly ShellView[];
  viewId: string;
  currentUserName: string;
  /** The demo people one can act as (the preview's user switch). */
  users: readonly ShellUser[];
  userId: string;
  onUserChange: (userId: string) => void;
  onLocaleChange: (locale: ShellLocale) => void;
  onThemeChange: (themeId: string) => void;
  /** Wipes the local store and puts the demo register back. */
  onResetDemoData: () => Promise<void>;
  /** The active view, mounted by the host through LisRoot. */
  children?: React.ReactNode;
}

/** Paints the shell from the Fluent theme through CSS custom properties (see shell.css). */
function ShellFrame(props: { children?: React.ReactNode }): JSX.Element {
  const theme = useTheme();
  const c = theme.semanticColors;
  const p = theme.palette;
  const style = {
    '--lis-bg': c.bodyBackground,
    '--lis-text': c.bodyText,
    '--lis-subtext': c.bodySubtext,
    '--lis-header-bg': c.bodyStandoutBackground,
    '--lis-border': c.bodyDivider,
    '--lis-accent': p.themePrimary,
    '--lis-link': c.link,
    '--lis-focus': c.focusBorder || p.neutralSecondary,
    '--lis-input-bg': c.inputBackground,
    '--lis-input-border': c.inputBorder,
    '--lis-input-text': c.inputText,
    '--lis-nav-active-bg': c.menuItemBackgroundPressed,
  } as React.CSSProperties;
  return (
    <div className="lis-shell" style={style}>
      {props.children}
    </div>
  );
}

export function Shell(props: ShellProps): JSX.Element {
  const s = shellStringsFor(props.locale);
  const [confirming, setConfirming] = React.useState(false);
  const [status, setStatus] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const activeTheme = props.themes.find((t) => t.id === props.themeId) ?? props.themes[0];

  React.useEffect(() => {
    document.documentElement.lang = props.locale === 'en-US' ? 'en' : 'sv';
    document.title = props.locale === 'en-US' ? 'LIS – preview' : 'LIS – förhandsvisning';
  }, [props.locale]);

  // The status line is only for the moment after an action: drop it when the language changes.
  React.useEffect(() => setStatus(''), [props.locale]);

  const reset = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    setStatus(s.resetting);
    try {
      await props.onResetDemoData();
      setStatus(s.resetDone);
    } catch {
      setStatus(s.loadFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ThemeProvider theme={activeTheme?.fluentTheme} applyTo="body">
      <ShellFrame>
        <a className="lis-skip" href="#lis-main" onClick={(e) => {
          e.preventDefault();
          document.getElementById('lis-main')?.focus();
        }}>
          {s.skipToContent}
        </a>
        <header className="lis-header">
          <h1 className="lis-brand">
            <span className="lis-product">{s.productName}</span>
            <span className="lis-product-full">{s.productFullName}</span>
          </h1>
          <div className="lis-settings" role="group" aria-label={s.settingsLabel}>
            <div className="lis-field">
              <label htmlFor="lis-locale">{s.language}</label>
              <select
                id="lis-locale"
                value={props.locale}
                onChange={(e) => props.onLocaleChange(e.target.value as ShellLocale)}
              >
                {props.locales.map((l) => (
                  <option key={l} value={l} lang={l === 'en-US' ? 'en' : 'sv'}>
                    {s.languageNames[l]}
                  </option>
                ))}
              </select>
            </div>
            <div className="lis-field">
              <label htmlFor="lis-theme">{s.theme}</label>
              <select id="lis-theme" value={props.themeId} onChange={(e) => props.onThemeChange(e.target.value)}>
                {props.themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="lis-field">
              <label htmlFor="lis-user">{s.user}</label>
              <select id="lis-user" value={props.userId} onChange={(e) => props.onUserChange(e.target.value)}>
                {props.users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.label}
                  </option>
                ))}
              </select>
            </div>
            <DefaultButton text={s.resetDemoData} disabled={busy} onClick={() => setConfirming(true)} />
          </div>
        </header>
        <nav className="lis-nav" aria-label={s.navigationLabel}>
          <ul>
            {props.views.map((v) => (
              <li key={v.id}>
                <a href={hashForView(v.id)} aria-current={v.id === props.viewId ? 'page' : undefined}>
                  {v.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="lis-note">
          <p>{s.previewNote}</p>
          <p>{s.signedInAs(props.currentUserName)}</p>
          <p role="status" aria-live="polite" className="lis-status">
            {status}
          </p>
        </div>
        <main id="lis-main" className="lis-main" tabIndex={-1}>
          {props.children}
        </main>
        <Dialog
          hidden={!confirming}
          onDismiss={() => setConfirming(false)}
          dialogContentProps={{ type: DialogType.normal, title: s.resetDialogTitle, subText: s.resetDialogText }}
          modalProps={{ isBlocking: true }}
        >
          <DialogFooter>
            <PrimaryButton text={s.resetConfirm} onClick={() => reset().catch(() => undefined)} />
            <DefaultButton text={s.resetCancel} onClick={() => setConfirming(false)} />
          </DialogFooter>
        </Dialog>
      </ShellFrame>
    </ThemeProvider>
  );
}
