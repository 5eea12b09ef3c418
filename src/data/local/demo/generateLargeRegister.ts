import type { Person } from '../../../domain/shared/Person';
import type { SeedOrgUnit } from '../seed/SeedOrgUnit';
import { demoPerson } from './demoPerson';
import { seededRandom } from './seededRandom';

const FIRST_NAMES = [
  'Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Anders', 'Sara', 'Per', 'Elin', 'Mikael', 'Lena',
  'Fredrik', 'Åsa', 'Björn', 'Ingrid', 'Oskar', 'Sofia', 'Jonas', 'Märta', 'Göran', 'Linnea', 'Ahmed', 'Nadia',
];
const LAST_NAMES = [
  'Berg', 'Lind', 'Ström', 'Ek', 'Holm', 'Sjöberg', 'Nyström', 'Åberg', 'Lundin', 'Dahl', 'Wikström', 'Falk',
  'Öberg', 'Hedlund', 'Forsberg', 'Sandberg', 'Lindqvist', 'Mattsson', 'Karimi', 'Ekström',
];
const NAMNDER: readonly [string, string][] = [
  ['Utbildningsnämnden', 'Utbildningskontoret'],
  ['Vård- och omsorgsnämnden', 'Vård- och omsorgskontoret'],
  ['Socialnämnden', 'Socialkontoret'],
  ['Arbetsmarknads- och försörjningsnämnden', 'Arbetsmarknads- och försörjningskontoret'],
  ['Kultur- och fritidsnämnden', 'Kultur- och fritidskontoret'],
  ['Samhällsbyggnadsnämnden', 'Samhällsbyggnadskontoret'],
  ['Bygg- och miljönämnden', 'Bygg- och miljökontoret'],
  ['Tekniska nämnden', 'Tekniska kontoret'],
  ['Överförmyndarnämnden', 'Överförmyndarkontoret'],
];
const VERKSAMHETER = [
  'Förskolan', 'Grundskolan', 'Gymnasieskolan', 'Äldreboendet', 'Hemtjänsten', 'Biblioteket', 'Fritidsgården',
  'Enheten för', 'Avdelningen för', 'Gruppbostaden',
];
const PLACES = [
  'Ekbacken', 'Solrosen', 'Hageby', 'Navestad', 'Åby', 'Skärblacka', 'Kvarnberget', 'Lindö', 'Smedby', 'Östra',
  'Vilbergen', 'Klockaretorpet', 'Ljura', 'Kneippen', 'Borg', 'Krokek',
];
const DEPTH_LIMIT = 5;

interface Node {
  unit: SeedOrgUnit;
  depth: number;
}

/**
 * A deterministic synthetic register of `count` units for benchmarks and browser tests (e.g. 5 000, past
 * SharePoint's list view threshold): kommunstyrelsen, nine verksamhetsnämnder with their kontor, a holding company,
 * then operational units (schools, care homes …) and the occasional bolag with its board, nested up to five levels.
 * About 4 % are inactive (always leaves, so no active unit sits below an inactive one). Names are unique; every
 * unit has one or two representatives and most a security contact. Parents always come before their children,
 * so any prefix of the register is a valid register too.
 */
export function generateLargeRegister(count: number, seed: number = 1): SeedOrgUnit[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const units: SeedOrgUnit[] = [];
  const parents: Node[] = [];

  const person = (index: number, slot: number): Person =>
    demoPerson(`${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, `.${index}-${slot}`);
  const add = (name: string, kind: SeedOrgUnit['kind'], parent: Node | null, active: boolean = true): Node => {
    const index = units.length + 1;
    const representatives = [person(index, 1)];
    if (next() < 0.35) representatives.push(person(index, 2));
    const unit: SeedOrgUnit = {
      key: `u${index}`,
      name,
      kind,
      parentKey: parent ? parent.unit.key : null,
      representatives,
      securityContact: next() < 0.85 ? person(index, 0) : null,
      active,
    };
    units.push(unit);
    const node = { unit, depth: parent ? parent.depth + 1 : 1 };
    if (active && node.depth < DEPTH_LIMIT) parents.push(node);
    return node;
  };

  const ks = add('Kommunstyrelsen', 'styrelse', null);
  add('Kommunledningskontoret', 'forvaltning', ks);
  for (const [namnd, kontor] of NAMNDER) add(kontor, 'forvaltning', add(namnd, 'namnd', null));
  const holding = add('Kommunkoncernens Stadshus AB', 'bolag', null);
  if (units.length >= count) return units.slice(0, Math.max(0, count));

  while (units.length < count) {
    const index = units.length + 1;
    if (index % 40 === 0) {
      const bolag = add(`${pick(PLACES)} Kommunala Bolag ${index} AB`, 'bolag', holding);
      if (units.length < count) add(`Styrelsen för ${bolag.unit.name}`, 'styrelse', bolag);
      continue;
    }
    // Operational units hang below a förvaltning or another operational unit, never below a nämnd or a board.
    let parent = pick(parents);
    while (parent.unit.kind !== 'forvaltning') parent = pick(parents);
    const active = next() >= 0.04;
    add(`${pick(VERKSAMHETER)} ${pick(PLACES)} ${index}`, 'forvaltning', parent, active);
  }
  return units;
}
