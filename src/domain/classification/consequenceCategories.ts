import type { Level } from './levels';

/**
 * The consequence categories KLASSA/MSB ask about for every aspect: what would happen to the verksamhet, the
 * economy, individuals, the reputation, life and health, and compliance if the aspect failed.
 * Domain reference: shared/docs/domain.md §2.
 */
export const CONSEQUENCE_CATEGORIES = ['verksamhet', 'ekonomi', 'individ', 'anseende', 'livOchHalsa', 'lagkrav'] as const;
export type ConsequenceCategory = (typeof CONSEQUENCE_CATEGORIES)[number];

/** An assessed level per category; a category not (yet) considered is absent. */
export type ConsequenceLevels = Readonly<Partial<Record<ConsequenceCategory, Level>>>;

export function isConsequenceCategory(value: unknown): value is ConsequenceCategory {
  return typeof value === 'string' && (CONSEQUENCE_CATEGORIES as readonly string[]).indexOf(value) >= 0;
}

export const CONSEQUENCE_CATEGORY_LABELS_SV: Readonly<Record<ConsequenceCategory, string>> = {
  verksamhet: 'Verksamhet',
  ekonomi: 'Ekonomi',
  individ: 'Individ och personlig integritet',
  anseende: 'Anseende och förtroende',
  livOchHalsa: 'Liv och hälsa',
  lagkrav: 'Lagkrav och avtal',
};

/** One or two sentences per category for the wizard: what to think about before choosing a level. */
export const CONSEQUENCE_CATEGORY_GUIDANCE_SV: Readonly<Record<ConsequenceCategory, string>> = {
  verksamhet:
    'Kan verksamheten fortfarande utföra sina uppgifter och ge service till invånare och företag? Tänk på hur länge och hur många som drabbas.',
  ekonomi:
    'Vilka kostnader eller förluster uppstår för kommunen eller andra: merarbete, skadestånd, sanktionsavgifter, förlorade intäkter?',
  individ:
    'Kan enskilda personer skadas: röjda personuppgifter, felaktiga beslut om en person, kränkt integritet eller förlorade rättigheter?',
  anseende:
    'Hur påverkas förtroendet för kommunen hos invånare, medarbetare, samarbetspartner och media?',
  livOchHalsa:
    'Kan någons liv, hälsa eller säkerhet hotas, till exempel inom vård och omsorg, skola, räddningstjänst eller vattenförsörjning?',
  lagkrav:
    'Bryter händelsen mot lag, förordning eller avtal, till exempel dataskyddsförordningen, offentlighets- och sekretesslagen eller cybersäkerhetslagen?',
};
