import * as React from 'react';
import type { ValidationIssue } from '../../domain/shared/Validation';
import { ConflictError, NotFoundError, AccessDeniedError, SetupRequiredError, StoreUnavailableError } from '../../data/ports/errors';
import { enUS } from './enUS';
import { svSE, type Strings } from './svSE';

export type { Strings };
export type Locale = 'sv-SE' | 'en-US';
export const LOCALES: readonly Locale[] = ['sv-SE', 'en-US'];

/** Swedish unless the host's UI language is English. */
export function pickLocale(cultureName: string | undefined): Locale {
  return cultureName && cultureName.toLowerCase().startsWith('en') ? 'en-US' : 'sv-SE';
}

export function stringsFor(locale: Locale): Strings {
  return locale === 'en-US' ? enUS : svSE;
}

const StringsContext = React.createContext<Strings>(svSE);

export function StringsProvider(props: { locale: Locale; children?: React.ReactNode }): JSX.Element {
  return <StringsContext.Provider value={stringsFor(props.locale)}>{props.children}</StringsContext.Provider>;
}

export function useStrings(): Strings {
  return React.useContext(StringsContext);
}

/** The message shown next to a field for one validation issue. */
export function validationMessage(strings: Strings, issue: ValidationIssue): string {
  const v = strings.validation;
  const p = issue.params ?? {};
  switch (issue.code) {
    case 'required': return v.required;
    case 'tooLong': return v.tooLong(Number(p.max));
    case 'invalidEmail': return v.invalidEmail;
    case 'invalidChoice': return p.value !== undefined ? v.invalidChoiceValue(String(p.value)) : v.invalidChoice;
    case 'nameTaken': return v.nameTaken(String(p.name));
    case 'duplicatePerson': return v.duplicatePerson;
    case 'parentSelf': return v.parentSelf;
    case 'parentCycle': return v.parentCycle(String(p.name));
    case 'parentMissing': return v.parentMissing;
    case 'parentInactive': return v.parentInactive(String(p.name));
    case 'hasActiveChildren': return v.hasActiveChildren(String(p.names));
    case 'duplicateName': return v.duplicateName(String(p.name));
    case 'belowWorstConsequence': return v.belowWorstConsequence(Number(p.level));
    case 'belowAggregate': return v.belowAggregate(String(p.aspect), Number(p.level));
    case 'loweringNeedsApproval': return v.loweringNeedsApproval(String(p.aspect), Number(p.level));
    case 'loweringPending': return v.loweringPending(String(p.aspect));
    case 'notLowering': return v.notLowering(Number(p.level));
    case 'notDraft': return v.notDraft;
    case 'notPending': return v.notPending;
    case 'noInformationSets': return v.noInformationSets;
    case 'invalidRequirementCode': return v.invalidRequirementCode(Number(p.max));
    case 'duplicateCode': return v.duplicateCode(String(p.code), Number(p.first));
    case 'baselineLevel': return v.baselineLevel;
    case 'missingColumn': return v.missingColumn(String(p.column));
    case 'duplicateColumn': return v.duplicateColumn(String(p.column));
    case 'emptyCatalogue': return v.emptyCatalogue;
    case 'malformedCsv': return v.malformedCsv(Number(p.row));
    case 'invalidDate': return v.invalidDate;
    case 'invalidTransition': return v.invalidTransition;
    case 'scaleSize': return v.scaleSize(Number(p.min), Number(p.max));
    case 'invalidColour': return v.invalidColour;
    case 'lowContrast': return v.lowContrast(Number(p.ratio), Number(p.min));
    case 'levelRange': return v.levelRange;
    case 'levelGap': return v.levelGap(Number(p.value));
    case 'levelOverlap': return v.levelOverlap(String(p.other));
    case 'duplicateKey': return v.duplicateKey(String(p.key));
    case 'offScale': return v.offScale(Number(p.max));
    case 'notAssessed': return v.notAssessed;
    case 'mayNotAccept': return v.mayNotAccept(String(p.level), String(p.role));
    case 'dateInPast': return v.dateInPast;
    default: return unknownCode(issue.code, strings);
  }
}

/** Compile-time guard: a ValidationCode without a case above makes this call fail to type-check. */
function unknownCode(_code: never, strings: Strings): string {
  return strings.errors.unknown;
}

/** A user-facing sentence for any error a use case or adapter may throw. */
export function errorMessage(strings: Strings, error: unknown): string {
  if (error instanceof ConflictError) return strings.errors.conflict;
  if (error instanceof NotFoundError) return strings.errors.notFound;
  if (error instanceof AccessDeniedError) return strings.errors.accessDenied;
  if (error instanceof SetupRequiredError) return strings.errors.setupRequired;
  if (error instanceof StoreUnavailableError) return strings.errors.unavailable;
  return strings.errors.unknown;
}
