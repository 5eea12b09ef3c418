import type { OrgUnitKind } from '../../../domain/organisation/OrgUnit';
import type { Person } from '../../../domain/shared/Person';
import type { SeedOrgUnit } from '../seed/SeedOrgUnit';
import { demoPerson } from './demoPerson';

/*
 * Demo register for the local preview, shaped like a real kommunkoncern of Norrköping's size (domain.md §7):
 * kommunstyrelsen with its kommunledningskontor, the nämnder (kommunfullmäktige is no user role, so nämnder are
 * top-level units), each verksamhetsnämnd with its förvaltningskontor and a few verksamheter, the municipal
 * companies under a holding company with their boards, and two nämnder merged away (inactive).
 * Every person is invented; addresses use the reserved `.example` domain.
 */

// Invented people, one constant each so a person who acts for several units is the same person everywhere.
const kommundirektor = demoPerson('Helena Strandberg');
const bitrKommundirektor = demoPerson('Mikael Lundqvist');
const samordnare = demoPerson('Jonas Åkerlind');
const digitaliseringschef = demoPerson('Sara Nyborg');
const itSakerhet = demoPerson('Ali Haddadi');
const upphandlingschef = demoPerson('Fredrik Sandelin');
const utbildningsdirektor = demoPerson('Karin Ekwall');
const grundskolechef = demoPerson('Tomas Bergkvist');
const utbSakerhet = demoPerson('Elin Roos-Nilsson');
const vardOmsorgsdirektor = demoPerson('Annika Hedström');
const hemtjanstchef = demoPerson('Maria Falkenby');
const vardSakerhet = demoPerson('Patrik Wiklander');
const socialdirektor = demoPerson('Lars Öhmander');
const socialAvdChef = demoPerson('Emma Sjöberger');
const socSakerhet = demoPerson('Nadia Karimova');
const amfDirektor = demoPerson('Johan Malmbrink');
const amfSakerhet = demoPerson('Linnea Dahlén');
const kulturDirektor = demoPerson('Eva Lindholmer');
const bibliotekschef = demoPerson('Henrik Ståhlberg');
const kulturSakerhet = demoPerson('Oskar Nordéus');
const samhallsbyggnadsdirektor = demoPerson('Ulrika Berglöf');
const sbSakerhet = demoPerson('Daniel Forsgren');
const byggMiljoChef = demoPerson('Peter Kronqvist');
const bmSakerhet = demoPerson('Sofia Engstrand');
const teknikDirektor = demoPerson('Magnus Hallbäck');
const gatuchef = demoPerson('Robert Claesén');
const tekSakerhet = demoPerson('Ida Westerlind');
const overformyndarChef = demoPerson('Birgitta Sundvik');
const ofSakerhet = demoPerson('Hanna Lövgård');
const revisionschef = demoPerson('Gunilla Axelsdotter');
const koncernVd = demoPerson('Christer Mellbin');
const vaVd = demoPerson('Anders Lindegård');
const vaItChef = demoPerson('Josefin Ekelöf');
const vaSakerhet = demoPerson('Rasmus Holmgård');
const energiVd = demoPerson('Camilla Rydéus');
const energiSakerhet = demoPerson('Viktor Sandelius');
const bostadVd = demoPerson('Stefan Grahnström');
const bostadSakerhet = demoPerson('Malin Borgkvist');
const hamnVd = demoPerson('Niklas Ahlqvist');
const hamnSakerhet = demoPerson('Therese Ljungdahl');
const flygVd = demoPerson('Marie Blomkvist-Arvidsson');
const flygSakerhet = demoPerson('Kristoffer Lindvall');

function unit(
  key: string,
  name: string,
  kind: OrgUnitKind,
  parentKey: string | null,
  representatives: Person[],
  securityContact: Person | null,
  active: boolean = true,
): SeedOrgUnit {
  // Copies: the people above are shared between units and must not change through one of them.
  return {
    key,
    name,
    kind,
    parentKey,
    representatives: representatives.map((p) => ({ ...p })),
    securityContact: securityContact ? { ...securityContact } : null,
    active,
  };
}

/** The demo kommunkoncern, parents before children. */
export function norrkopingDemoRegister(): SeedOrgUnit[] {
  return [
    // Kommunstyrelsen and its office
    unit('ks', 'Kommunstyrelsen', 'styrelse', null, [kommundirektor], samordnare),
    unit('klk', 'Kommunledningskontoret', 'forvaltning', 'ks', [kommundirektor, bitrKommundirektor], samordnare),
    unit('digit', 'Digitaliseringsenheten', 'forvaltning', 'klk', [digitaliseringschef], itSakerhet),
    unit('itdrift', 'IT-drift och support', 'forvaltning', 'digit', [digitaliseringschef], itSakerhet),
    unit('upph', 'Upphandlingsenheten', 'forvaltning', 'klk', [upphandlingschef], samordnare),

    // Verksamhetsnämnder with their förvaltningskontor
    unit('utbn', 'Utbildningsnämnden', 'namnd', null, [utbildningsdirektor], utbSakerhet),
    unit('utbk', 'Utbildningskontoret', 'forvaltning', 'utbn', [utbildningsdirektor, grundskolechef], utbSakerhet),
    unit('grundskola', 'Grundskoleavdelningen', 'forvaltning', 'utbk', [grundskolechef], utbSakerhet),
    unit('von', 'Vård- och omsorgsnämnden', 'namnd', null, [vardOmsorgsdirektor], vardSakerhet),
    unit('vok', 'Vård- och omsorgskontoret', 'forvaltning', 'von', [vardOmsorgsdirektor, hemtjanstchef], vardSakerhet),
    unit('hemtjanst', 'Hemtjänsten', 'forvaltning', 'vok', [hemtjanstchef], vardSakerhet),
    unit('socn', 'Socialnämnden', 'namnd', null, [socialdirektor], socSakerhet),
    unit('sock', 'Socialkontoret', 'forvaltning', 'socn', [socialdirektor, socialAvdChef], socSakerhet),
    unit('amfn', 'Arbetsmarknads- och försörjningsnämnden', 'namnd', null, [amfDirektor], amfSakerhet),
    unit('amfk', 'Arbetsmarknads- och försörjningskontoret', 'forvaltning', 'amfn', [amfDirektor], amfSakerhet),
    unit('kfn', 'Kultur- och fritidsnämnden', 'namnd', null, [kulturDirektor], kulturSakerhet),
    unit('kfk', 'Kultur- och fritidskontoret', 'forvaltning', 'kfn', [kulturDirektor, bibliotekschef], kulturSakerhet),
    unit('bibliotek', 'Stadsbiblioteket', 'forvaltning', 'kfk', [bibliotekschef], kulturSakerhet),
    unit('sbn', 'Samhällsbyggnadsnämnden', 'namnd', null, [samhallsbyggnadsdirektor], sbSakerhet),
    unit('sbk', 'Samhällsbyggnadskontoret', 'forvaltning', 'sbn', [samhallsbyggnadsdirektor], sbSakerhet),
    unit('bmn', 'Bygg- och miljönämnden', 'namnd', null, [byggMiljoChef], bmSakerhet),
    unit('bmk', 'Bygg- och miljökontoret', 'forvaltning', 'bmn', [byggMiljoChef], bmSakerhet),
    unit('tekn', 'Tekniska nämnden', 'namnd', null, [teknikDirektor], tekSakerhet),
    unit('tekk', 'Tekniska kontoret', 'forvaltning', 'tekn', [teknikDirektor, gatuchef], tekSakerhet),
    unit('ofn', 'Överförmyndarnämnden', 'namnd', null, [overformyndarChef], ofSakerhet),
    unit('ofk', 'Överförmyndarkontoret', 'forvaltning', 'ofn', [overformyndarChef], ofSakerhet),

    // Nämnder without their own förvaltning (served by kommunledningskontoret), and the auditors
    unit('valn', 'Valnämnden', 'namnd', null, [bitrKommundirektor], null),
    unit('krisn', 'Krisledningsnämnden', 'namnd', null, [kommundirektor], samordnare),
    unit('rev', 'Revisionen', 'namnd', null, [revisionschef], null),
    unit('revk', 'Revisionskontoret', 'forvaltning', 'rev', [revisionschef], null),

    // Municipal companies under the holding company
    unit('stadshus', 'Norrköpings Stadshus AB', 'bolag', null, [koncernVd], samordnare),
    unit('stadshusst', 'Styrelsen för Norrköpings Stadshus AB', 'styrelse', 'stadshus', [koncernVd], samordnare),
    unit('va', 'Norrköpings Vatten och Avfall AB', 'bolag', 'stadshus', [vaVd, vaItChef], vaSakerhet),
    unit('vast', 'Styrelsen för Norrköpings Vatten och Avfall AB', 'styrelse', 'va', [vaVd], vaSakerhet),
    unit('energi', 'Norrköpings Energi AB', 'bolag', 'stadshus', [energiVd], energiSakerhet),
    unit('energist', 'Styrelsen för Norrköpings Energi AB', 'styrelse', 'energi', [energiVd], energiSakerhet),
    unit('bostad', 'Norrköpings Bostäder AB', 'bolag', 'stadshus', [bostadVd], bostadSakerhet),
    unit('bostadst', 'Styrelsen för Norrköpings Bostäder AB', 'styrelse', 'bostad', [bostadVd], bostadSakerhet),
    unit('hamn', 'Norrköpings Hamn AB', 'bolag', 'stadshus', [hamnVd], hamnSakerhet),
    unit('flyg', 'Norrköpings Flygplats AB', 'bolag', 'stadshus', [flygVd], flygSakerhet),

    // Merged into Utbildningsnämnden and Vård- och omsorgsnämnden: kept (inactive) for the history they own
    unit('bun', 'Barn- och ungdomsnämnden', 'namnd', null, [utbildningsdirektor], utbSakerhet, false),
    unit('bunk', 'Barn- och ungdomskontoret', 'forvaltning', 'bun', [utbildningsdirektor], null, false),
    unit('aldre', 'Äldrenämnden', 'namnd', null, [vardOmsorgsdirektor], vardSakerhet, false),
  ];
}
