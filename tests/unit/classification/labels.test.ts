import {
  ASPECTS,
  ASPECT_QUESTIONS_SV,
  CLASSIFICATION_OBJECT_KINDS,
  CLASSIFICATION_OBJECT_KIND_LABELS_SV,
  CONSEQUENCE_CATEGORIES,
  CONSEQUENCE_CATEGORY_GUIDANCE_SV,
  CONSEQUENCE_CATEGORY_LABELS_SV,
  LEVELS,
  LEVEL_GUIDANCE_SV,
  PERSONAL_DATA_KINDS,
  PERSONAL_DATA_LABELS_SV,
  REVIEW_STATUSES,
  REVIEW_STATUS_LABELS_SV,
  isClassificationObjectKind,
  isConsequenceCategory,
  isPersonalDataKind,
} from '../../../src/domain/classification';

describe('Swedish labels and wizard help', () => {
  it('has the six consequence categories with a label and guidance each', () => {
    expect(CONSEQUENCE_CATEGORIES).toEqual(['verksamhet', 'ekonomi', 'individ', 'anseende', 'livOchHalsa', 'lagkrav']);
    for (const c of CONSEQUENCE_CATEGORIES) {
      expect(CONSEQUENCE_CATEGORY_LABELS_SV[c].length).toBeGreaterThan(3);
      expect(CONSEQUENCE_CATEGORY_GUIDANCE_SV[c].length).toBeGreaterThan(40);
    }
    expect(CONSEQUENCE_CATEGORY_LABELS_SV.individ).toMatch(/integritet/i);
  });

  it('has a distinct help text for every level of every aspect, and a question per aspect', () => {
    for (const aspect of ASPECTS) {
      expect(ASPECT_QUESTIONS_SV[aspect]).toMatch(/\?$/);
      const texts = LEVELS.map((l) => LEVEL_GUIDANCE_SV[aspect][l]);
      expect(new Set(texts).size).toBe(LEVELS.length);
      for (const text of texts) expect(text.length).toBeGreaterThan(30);
      expect(LEVEL_GUIDANCE_SV[aspect][4]).toMatch(/säkerhetsskydd/i);
    }
  });

  it('labels every object kind, personal data kind and review status', () => {
    for (const k of CLASSIFICATION_OBJECT_KINDS) expect(CLASSIFICATION_OBJECT_KIND_LABELS_SV[k]).toBeTruthy();
    for (const k of PERSONAL_DATA_KINDS) expect(PERSONAL_DATA_LABELS_SV[k]).toBeTruthy();
    for (const s of REVIEW_STATUSES) expect(REVIEW_STATUS_LABELS_SV[s]).toBeTruthy();
  });

  it('recognises only its own keys', () => {
    expect(isClassificationObjectKind('it-system')).toBe(true);
    expect(isClassificationObjectKind('system')).toBe(false);
    expect(isPersonalDataKind('sensitive')).toBe(true);
    expect(isPersonalDataKind('känsliga')).toBe(false);
    expect(isConsequenceCategory('livOchHalsa')).toBe(true);
    expect(isConsequenceCategory(3)).toBe(false);
  });
});
