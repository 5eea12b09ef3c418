import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { ActionButton, IconButton } from '@fluentui/react/lib/Button';
import type { Person } from '../../domain/shared/Person';
import { useStrings } from '../strings';
import { fieldInputId } from './orgUnitForm';

export interface RepresentativesEditorProps {
  people: Person[];
  onChange: (people: Person[]) => void;
  /** The message next to a field, by validation field path (`representatives.0.email`). */
  errorFor: (field: string) => string | undefined;
}

const rowStyle: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start', marginBottom: 8 };
const fieldStyle = { root: { flex: '1 1 180px', minWidth: 160 } };

/** The information owner's representatives: a repeatable name + e-mail pair with add and remove buttons. */
export function RepresentativesEditor(props: RepresentativesEditorProps): JSX.Element {
  const s = useStrings().organisation.panel;
  const { people, onChange, errorFor } = props;

  function update(index: number, patch: Partial<Person>): void {
    onChange(people.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  }

  return (
    <section aria-labelledby="lis-org-representatives-heading">
      <h3 id="lis-org-representatives-heading" style={{ fontSize: 16, fontWeight: 600, margin: '20px 0 4px' }}>
        {s.representatives}
      </h3>
      <p style={{ margin: '0 0 8px' }}>{s.representativesHelp}</p>
      {people.length === 0 && <p style={{ margin: '0 0 8px' }}>{s.noRepresentatives}</p>}
      {people.map((person, index) => {
        const n = index + 1;
        const nameField = `representatives.${index}.displayName`;
        const emailField = `representatives.${index}.email`;
        return (
          <div key={index} style={rowStyle}>
            <TextField
              id={fieldInputId(nameField)}
              label={s.representativeName(n)}
              value={person.displayName}
              autoComplete="off"
              onChange={(_e, v) => update(index, { displayName: v ?? '' })}
              errorMessage={errorFor(nameField)}
              styles={fieldStyle}
            />
            <TextField
              id={fieldInputId(emailField)}
              label={s.representativeEmail(n)}
              type="email"
              value={person.email}
              autoComplete="off"
              onChange={(_e, v) => update(index, { email: v ?? '' })}
              errorMessage={errorFor(emailField)}
              styles={fieldStyle}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              title={s.removeRepresentative(n)}
              ariaLabel={s.removeRepresentative(n)}
              onClick={() => onChange(people.filter((_p, i) => i !== index))}
              styles={{ root: { marginTop: 29 } }}
            />
          </div>
        );
      })}
      <ActionButton
        iconProps={{ iconName: 'Add' }}
        onClick={() => onChange([...people, { displayName: '', email: '' }])}
      >
        {s.addRepresentative}
      </ActionButton>
    </section>
  );
}
