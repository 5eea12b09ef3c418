import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { saveOrgUnit } from '../../app/organisation';
import { ORG_UNIT_KINDS, isOrgUnitKind, type OrgUnit } from '../../domain/organisation';
import { ValidationError, type ValidationIssue } from '../../domain/shared/Validation';
import { ConflictError } from '../../data/ports/errors';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings, validationMessage } from '../strings';
import { formatDateTime } from '../shared/formatDateTime';
import { draftFromForm, emptyForm, fieldInputId, fieldOrder, formFromUnit, withoutBlankRows, type OrgUnitForm } from './orgUnitForm';
import { ParentPicker } from './ParentPicker';
import { RepresentativesEditor } from './RepresentativesEditor';

export interface OrgUnitPanelProps {
  /** The unit to edit; undefined to create one. */
  unit: OrgUnit | undefined;
  /** The register as loaded (for the parent picker and its paths). */
  units: readonly OrgUnit[];
  paths: Map<string, string>;
  onDismiss: () => void;
  onSaved: (unit: OrgUnit) => void;
  /** The stored register changed (a reload after a conflict): the caller should refresh its list. */
  onStale: () => void;
}

/** The panel's title is a level-2 heading so its sections (h3) follow in order. */
const panelHeading: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

const sectionHeading: React.CSSProperties = { fontSize: 16, fontWeight: 600, margin: '20px 0 4px' };

function focusField(field: string): void {
  const id = fieldInputId(field);
  const element = document.getElementById(id) ?? document.getElementById(`${id}-input`);
  if (element) element.focus();
}

/**
 * Creates or edits one unit. Every validation issue is shown next to its field with a summary on top, and focus
 * moves to the first invalid field; what the user typed is kept. A conflict offers to reload the stored unit.
 */
export function OrgUnitPanel(props: OrgUnitPanelProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.organisation.panel;
  // The panel renders in a layer outside the themed root: give its plain text the theme's colour.
  const theme = useTheme();
  const panelStyles = React.useMemo(() => ({ main: { color: theme.semanticColors.bodyText } }), [theme]);
  const [current, setCurrent] = React.useState<OrgUnit | undefined>(props.unit);
  const [form, setForm] = React.useState<OrgUnitForm>(() => (props.unit ? formFromUnit(props.unit) : emptyForm()));
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [info, setInfo] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [focusRequest, setFocusRequest] = React.useState(0);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  // After a failed save has rendered its messages, move focus to the first field that has one.
  React.useEffect(() => {
    if (focusRequest === 0) return;
    const first = fieldOrder(form).filter((f) => issues.some((i) => i.field === f))[0];
    if (first) focusField(first);
  }, [focusRequest]);

  function errorFor(field: string): string | undefined {
    const messages = issues.filter((i) => i.field === field).map((i) => validationMessage(strings, i));
    return messages.length ? messages.join(' ') : undefined;
  }

  function change(patch: Partial<OrgUnitForm>): void {
    setForm((f) => ({ ...f, ...patch }));
  }

  async function save(): Promise<void> {
    const next = withoutBlankRows(form);
    setForm(next);
    setSaving(true);
    setFailure(undefined);
    setInfo(undefined);
    try {
      const saved = await saveOrgUnit(services, draftFromForm(next), current);
      if (mounted.current) setSaving(false);
      props.onSaved(saved);
    } catch (error) {
      if (!mounted.current) return;
      setSaving(false);
      if (error instanceof ValidationError) {
        setIssues(error.issues);
        setFocusRequest((n) => n + 1);
      } else {
        setIssues([]);
        setFailure(error);
      }
    }
  }

  async function reload(): Promise<void> {
    if (!current) return;
    setSaving(true);
    try {
      const fresh = await services.orgUnits.get(current.id);
      if (!mounted.current) return;
      setCurrent(fresh);
      setForm(formFromUnit(fresh));
      setIssues([]);
      setFailure(undefined);
      setInfo(s.reloaded);
    } catch (error) {
      if (mounted.current) setFailure(error);
    } finally {
      if (mounted.current) setSaving(false);
    }
    props.onStale();
  }

  const kindOptions = React.useMemo<IDropdownOption[]>(
    () => ORG_UNIT_KINDS.map((k) => ({ key: k, text: strings.orgKinds[k] })),
    [strings],
  );
  const activeError = errorFor('active');

  const footer = (): JSX.Element => (
    <div style={{ display: 'flex', gap: 8 }}>
      <PrimaryButton onClick={() => save().catch(() => undefined)} disabled={saving} text={saving ? strings.app.saving : strings.app.save} />
      <DefaultButton onClick={props.onDismiss} text={strings.app.cancel} />
    </div>
  );

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={current ? s.editTitle : s.createTitle}
      headerTextProps={panelHeading}
      closeButtonAriaLabel={s.close}
      onDismiss={props.onDismiss}
      isFooterAtBottom={true}
      onRenderFooterContent={footer}
      styles={panelStyles}
    >
      <div>
        {issues.length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {strings.validation.summary}
          </MessageBar>
        )}
        {failure !== undefined && (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline={true}
            actions={
              failure instanceof ConflictError ? (
                <DefaultButton onClick={() => reload().catch(() => undefined)} disabled={saving} text={strings.app.reload} />
              ) : undefined
            }
          >
            {errorMessage(strings, failure)}
          </MessageBar>
        )}
        {info && <MessageBar messageBarType={MessageBarType.info}>{info}</MessageBar>}
        {current && (
          <p style={{ margin: '8px 0' }}>
            {s.modified(formatDateTime(current.modified, strings.locale), current.modifiedBy)}
          </p>
        )}

        <TextField
          id={fieldInputId('name')}
          label={s.name}
          required={true}
          value={form.name}
          autoComplete="off"
          onChange={(_e, v) => change({ name: v ?? '' })}
          errorMessage={errorFor('name')}
        />
        <Dropdown
          id={fieldInputId('kind')}
          label={s.kind}
          required={true}
          options={kindOptions}
          selectedKey={form.kind}
          onChange={(_e, option) => {
            const key = String(option?.key ?? '');
            if (isOrgUnitKind(key)) change({ kind: key });
          }}
          errorMessage={errorFor('kind')}
        />
        <ParentPicker
          id={fieldInputId('parentId')}
          unitId={current?.id}
          units={props.units}
          paths={props.paths}
          value={form.parentId}
          onChange={(parentId) => change({ parentId })}
          errorMessage={errorFor('parentId')}
        />

        <RepresentativesEditor
          people={form.representatives}
          onChange={(representatives) => change({ representatives })}
          errorFor={errorFor}
        />

        <section aria-labelledby="lis-org-contact-heading">
          <h3 id="lis-org-contact-heading" style={sectionHeading}>
            {s.securityContact}
          </h3>
          <TextField
            id={fieldInputId('securityContact.displayName')}
            label={s.securityContactName}
            value={form.securityContact.displayName}
            autoComplete="off"
            onChange={(_e, v) => change({ securityContact: { ...form.securityContact, displayName: v ?? '' } })}
            errorMessage={errorFor('securityContact.displayName')}
          />
          <TextField
            id={fieldInputId('securityContact.email')}
            label={s.securityContactEmail}
            type="email"
            value={form.securityContact.email}
            autoComplete="off"
            onChange={(_e, v) => change({ securityContact: { ...form.securityContact, email: v ?? '' } })}
            errorMessage={errorFor('securityContact.email')}
          />
        </section>

        <div style={{ marginTop: 20 }}>
          <Toggle
            id={fieldInputId('active')}
            label={s.active}
            onText={s.activeOn}
            offText={s.activeOff}
            checked={form.active}
            onChange={(_e, checked) => change({ active: !!checked })}
            aria-describedby={activeError ? 'lis-org-active-error' : undefined}
          />
          {activeError && (
            <MessageBar id="lis-org-active-error" messageBarType={MessageBarType.error} isMultiline={true}>
              {activeError}
            </MessageBar>
          )}
        </div>
      </div>
    </Panel>
  );
}
