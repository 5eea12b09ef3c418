import { isAspect, isConsequenceCategory, isLevel, type ClassificationObject } from '../../../domain/classification';
import type { HistoryValue } from '../../../domain/classification';
import type { Strings } from '../../strings';

export interface HistoryContext {
  /** Set names by id, over every version compared (a removed set keeps its name). */
  setNames: Map<string, string>;
  unitName: (id: string) => string;
}

/** Set names by id over several versions: later versions win. */
export function setNamesOf(objects: readonly Pick<ClassificationObject, 'sets'>[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const object of objects) for (const set of object.sets) names.set(set.id, set.name);
  return names;
}

function aspectWord(strings: Strings, aspect: string): string {
  return isAspect(aspect) ? `${aspect} (${strings.classification.aspects[aspect]})` : aspect;
}

/** A history path (`sets.set-1.K.level`) in words ("Elevuppgifter: K (Konfidentialitet), nivå"); the path if unknown. */
export function historyFieldLabel(strings: Strings, field: string, context: HistoryContext): string {
  const f = strings.classification.fields;
  const parts = field.split('.');
  const head = parts[0];
  switch (head) {
    case 'name':
    case 'kind':
    case 'ownerUnitId':
    case 'description':
    case 'status':
    case 'version':
    case 'approvedBy':
    case 'approvedAt':
    case 'nextReviewDate':
      return parts.length === 1 ? f[head] : field;
    case 'criticality':
      return parts[1] === 'samhallsviktig' ? f.samhallsviktig : f.criticalMotivering;
    case 'manualRaises':
      return parts[2] === 'motivering' ? f.raiseMotivering(aspectWord(strings, parts[1])) : f.raise(aspectWord(strings, parts[1]));
    case 'sets': {
      const setName = context.setNames.get(parts[1]) ?? parts[1];
      if (parts.length === 2) return f.set;
      const rest = parts.slice(2);
      let what: string;
      if (isAspect(rest[0])) {
        const aspect = aspectWord(strings, rest[0]);
        if (rest[1] === 'level') what = f.level(aspect);
        else if (rest[1] === 'motivering') what = f.motivering(aspect);
        else if (rest[1] === 'consequences' && isConsequenceCategory(rest[2])) what = f.consequence(aspect, strings.classification.categories[rest[2]]);
        else what = rest.join('.');
      } else if (rest[0] === 'name') what = f.name;
      else if (rest[0] === 'description') what = f.description;
      else if (rest[0] === 'personalData') what = rest[1] === 'kind' ? f.personalDataKind : f.personalDataNote;
      else if (rest[0] === 'loweringRequests') what = `${strings.classification.lowerings.heading} (${rest.slice(1).join('.')})`;
      else what = rest.join('.');
      return f.setField(setName, what);
    }
    default:
      return field;
  }
}

/** A history value in words: yes/no, unit names, kind and personal-data labels, "(tomt)" for nothing. */
export function historyValueText(strings: Strings, field: string, value: HistoryValue, context: HistoryContext): string {
  const s = strings.classification;
  if (value === null || value === '') return s.detail.empty;
  if (typeof value === 'boolean') return value ? s.detail.yes : s.detail.no;
  if (field === 'ownerUnitId') return context.unitName(String(value));
  if (field === 'kind' && typeof value === 'string' && value in s.kinds) return s.kinds[value as keyof typeof s.kinds];
  if (field === 'status' && (value === 'draft' || value === 'approved')) return s.status[value];
  if (/\.personalData\.kind$/.test(field) && typeof value === 'string' && value in s.personalData) {
    return s.personalData[value as keyof typeof s.personalData];
  }
  if (/(\.level|\.consequences\.\w+)$/.test(field) && isLevel(value)) return s.levelOption(value, s.levels[value]);
  return String(value);
}
