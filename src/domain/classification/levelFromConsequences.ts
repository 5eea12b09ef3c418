import { CONSEQUENCE_CATEGORIES, type ConsequenceCategory, type ConsequenceLevels } from './consequenceCategories';
import type { AspectAssessment } from './InformationSet';
import type { Level } from './levels';

/** The worst consequence decides: the highest level over the assessed categories, 0 when none is assessed. */
export function levelFromConsequences(consequences: ConsequenceLevels): Level {
  let worst: Level = 0;
  for (const category of CONSEQUENCE_CATEGORIES) {
    const level = consequences[category];
    if (level !== undefined && level > worst) worst = level;
  }
  return worst;
}

/** The categories at the worst level (what the wizard highlights as deciding), in the order of CONSEQUENCE_CATEGORIES. */
export function decidingCategories(consequences: ConsequenceLevels): ConsequenceCategory[] {
  const worst = levelFromConsequences(consequences);
  return CONSEQUENCE_CATEGORIES.filter((c) => consequences[c] !== undefined && consequences[c] === worst);
}

/**
 * The wizard's edit of one category: sets (or, with undefined, clears) the category's level, and the aspect's level
 * follows the worst consequence.
 */
export function withConsequence(assessment: AspectAssessment, category: ConsequenceCategory, level: Level | undefined): AspectAssessment {
  const consequences: Partial<Record<ConsequenceCategory, Level>> = { ...assessment.consequences };
  if (level === undefined) delete consequences[category];
  else consequences[category] = level;
  return { ...assessment, consequences, level: levelFromConsequences(consequences) };
}
