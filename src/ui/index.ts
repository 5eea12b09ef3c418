export { LisRoot, type LisRootProps } from './LisRoot';
export { VIEWS, findView, type ViewKey, type ViewDefinition } from './views';
export { LIS_THEMES, LIS_THEME_NAMES, type LisThemeName } from './theme/themes';
export {
  LOCALES,
  errorMessage,
  pickLocale,
  stringsFor,
  StringsProvider,
  useStrings,
  validationMessage,
  type Locale,
  type Strings,
} from './strings';
export { ServicesProvider, useServices } from './ServicesContext';
export { useViewParams, type ViewParams } from './viewParams';
