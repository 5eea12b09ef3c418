import type { RiskMatrix } from './RiskMatrix';

/**
 * Version 1 of every municipality's matrix: MSB's 4 × 4 matrix with Inera's scale labels. Levels: Låg 1–2,
 * Medelhög 3–6, Hög 8–12, Extremt hög 16 (every reachable product 1, 2, 3, 4, 6, 8, 9, 12, 16 in exactly one level).
 */
export const DEFAULT_MATRIX: Readonly<RiskMatrix> = {
  version: 1,
  name: 'Riskmatris (MSB 4 × 4)',
  likelihood: [
    { value: 1, label: 'Mycket liten', description: 'Kan inträffa någon gång men det är osannolikt (mer sällan än vart tionde år).' },
    { value: 2, label: 'Liten', description: 'Kan inträffa någon gång under en tioårsperiod.' },
    { value: 3, label: 'Stor', description: 'Kan inträffa någon gång per år.' },
    { value: 4, label: 'Mycket stor', description: 'Inträffar flera gånger per år eller är på väg att inträffa.' },
  ],
  consequence: [
    { value: 1, label: 'Försumbar', description: 'Ingen eller försumbar skada; verksamheten påverkas knappt.' },
    { value: 2, label: 'Måttlig', description: 'Måttlig skada; begränsad påverkan som hanteras inom verksamheten.' },
    { value: 3, label: 'Betydande', description: 'Betydande skada för verksamheten, enskilda eller förtroendet.' },
    { value: 4, label: 'Allvarlig', description: 'Allvarlig skada; liv och hälsa, stora ekonomiska värden eller samhällsviktig verksamhet.' },
  ],
  levels: [
    {
      key: 'lag',
      label: 'Låg',
      min: 1,
      max: 2,
      colour: '#2E7D32',
      textColour: '#FFFFFF',
      acceptedBy: 'riskOwner',
      informKommunstyrelsen: false,
      description: 'Risken kan accepteras av riskägaren. Följs upp vid nästa riskanalys.',
    },
    {
      key: 'medelhog',
      label: 'Medelhög',
      min: 3,
      max: 6,
      colour: '#FFEB3B',
      textColour: '#000000',
      acceptedBy: 'forvaltning',
      informKommunstyrelsen: false,
      description: 'Åtgärder bör planeras. Risken kan accepteras av förvaltningen.',
    },
    {
      key: 'hog',
      label: 'Hög',
      min: 8,
      max: 12,
      colour: '#F57C00',
      textColour: '#000000',
      acceptedBy: 'namnd',
      informKommunstyrelsen: false,
      description: 'Åtgärder ska planeras och genomföras. Risken kan accepteras av nämnden.',
    },
    {
      key: 'extremtHog',
      label: 'Extremt hög',
      min: 16,
      max: 16,
      colour: '#B71C1C',
      textColour: '#FFFFFF',
      acceptedBy: 'namnd',
      informKommunstyrelsen: true,
      description: 'Åtgärder krävs omedelbart. Accepteras av nämnden och kommunstyrelsen ska informeras.',
    },
  ],
  createdBy: { displayName: 'LIS', email: 'lis@lis.invalid' },
  createdAt: '2026-01-01T00:00:00.000Z',
};
