import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';

/** A field's error for controls without an errorMessage prop (ChoiceGroup, Dropdown groups), in the theme's error colour. */
export function FieldError(props: { id: string; text: string | undefined }): JSX.Element | null {
  const theme = useTheme();
  if (!props.text) return null;
  return (
    <p id={props.id} role="alert" style={{ color: theme.semanticColors.errorText, fontSize: 12, margin: '4px 0 0' }}>
      {props.text}
    </p>
  );
}

/** Radio options that announce `describedBy` (a group's error or help) on every radio, where screen readers read it. */
export function describedOptions<T extends object>(options: T[], describedBy: string | undefined): T[] {
  if (!describedBy) return options;
  return options.map((option) => ({ ...option, 'aria-describedby': describedBy }));
}
