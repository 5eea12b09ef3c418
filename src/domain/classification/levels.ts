/**
 * The classification scale (SKR's KLASSA, after MSB 0040-09): four aspects, each on levels 0–4.
 * Domain reference: shared/docs/domain.md §2.
 */
export const ASPECTS = ['K', 'R', 'T', 'S'] as const;
/** K konfidentialitet, R riktighet, T tillgänglighet, S spårbarhet. */
export type Aspect = (typeof ASPECTS)[number];

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** Level 4 (synnerligen allvarlig skada) means säkerhetsskydd: no catalogue applies, a separate analysis does. */
export const SECURITY_PROTECTION_LEVEL: Level = 4;

/** SKR's level names (Swedish, as users see them); English names live in the UI strings. */
export const LEVEL_LABELS_SV: Readonly<Record<Level, string>> = {
  0: 'Ingen eller försumbar skada',
  1: 'Måttlig skada',
  2: 'Betydande skada',
  3: 'Allvarlig skada',
  4: 'Synnerligen allvarlig skada',
};

export const ASPECT_NAMES_SV: Readonly<Record<Aspect, string>> = {
  K: 'Konfidentialitet',
  R: 'Riktighet',
  T: 'Tillgänglighet',
  S: 'Spårbarhet',
};

export function isAspect(value: unknown): value is Aspect {
  return typeof value === 'string' && (ASPECTS as readonly string[]).indexOf(value) >= 0;
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

/** A level per aspect, e.g. { K: 2, R: 3, T: 2, S: 2 }. */
export type Profile = Readonly<Record<Aspect, Level>>;

/** The notation users know: `K2-R3-T2-S2`. */
export function formatProfile(profile: Profile): string {
  return ASPECTS.map((a) => `${a}${profile[a]}`).join('-');
}
