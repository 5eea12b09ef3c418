/** jest stand-in for @microsoft/sp-property-pane: fields are plain descriptions a test can inspect. */
export interface IPropertyPaneConfiguration {
  pages: unknown[];
}

export interface PropertyPaneTextFieldDescription {
  kind: 'TextField';
  targetProperty: string;
  properties: Record<string, unknown> & { label?: string; onGetErrorMessage?: (value: string) => string };
}

export function PropertyPaneTextField(
  targetProperty: string,
  properties: PropertyPaneTextFieldDescription['properties']
): PropertyPaneTextFieldDescription {
  return { kind: 'TextField', targetProperty, properties };
}
