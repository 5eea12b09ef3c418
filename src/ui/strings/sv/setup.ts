import type { HealthFindingKind } from '../../../data/ports/PermissionAdmin';

/** The facts a finding's explanation may use (list title, subject, params). */
export type Explain = (f: { list: string; subject: string; expected?: string; actual?: string; count?: string }) => string;

const kindTitles: Record<HealthFindingKind, string> = {
  listMissing: 'Listor som saknas',
  fieldMissing: 'Kolumner som saknas',
  fieldNotIndexed: 'Kolumner utan index',
  versioningOff: 'Versionshantering avstängd',
  groupMissing: 'Grupper som saknas',
  groupTitleDrift: 'Grupper med fel namn',
  listInheritsPermissions: 'Listor som ärver webbplatsens behörigheter',
  grantMissing: 'Behörigheter som saknas',
  grantUnexpected: 'Behörigheter som inte ska finnas',
  folderMissing: 'Enhetsmappar som saknas',
  folderInheritsPermissions: 'Enhetsmappar utan egna behörigheter',
  itemOutsideUnitFolder: 'Poster utanför sin enhets mapp',
  itemUniquePermissions: 'Poster med egna behörigheter',
  scopeCountHigh: 'Många unika behörigheter',
};

const explain: Record<HealthFindingKind, Explain> = {
  listMissing: ({ list }) => `Listan ${list} finns inte på webbplatsen.`,
  fieldMissing: ({ list, subject }) => `Kolumnen ${subject} saknas i listan ${list}.`,
  fieldNotIndexed: ({ list, subject }) =>
    `Kolumnen ${subject} i ${list} är inte indexerad. LIS filtrerar på den, och utan index slutar frågorna att fungera när listan passerar 5 000 poster.`,
  versioningOff: ({ list }) => `Versionshantering är avstängd i ${list}. Ändringshistoriken (vem ändrade vad och när) bygger på den.`,
  groupMissing: ({ subject }) => `Gruppen ”${subject}” finns inte på webbplatsen.`,
  groupTitleDrift: ({ subject, expected }) =>
    expected ? `Gruppen ”${subject}” ska heta ”${expected}” (enhetens namn har ändrats).` : `Gruppen ”${subject}” har inte det namn behörighetsmodellen anger.`,
  listInheritsPermissions: ({ list }) =>
    `${list} ärver behörigheterna från webbplatsen, så alla som har åtkomst till webbplatsen kan läsa listan.`,
  grantMissing: ({ list, subject, expected }) =>
    `Gruppen ”${subject}” saknar behörigheten ${expected ?? 'som modellen anger'} i ${list}.`,
  grantUnexpected: ({ list, subject, actual }) =>
    `”${subject}” har behörighet${actual ? ` (${actual})` : ''} i ${list} som behörighetsmodellen inte anger. Den tas bort.`,
  folderMissing: ({ list, subject }) => `Mappen ${subject} saknas i ${list}.`,
  folderInheritsPermissions: ({ list, subject }) =>
    `Mappen ${subject} i ${list} ärver listans behörigheter, så enhetens grupp kan inte arbeta med sina poster.`,
  itemOutsideUnitFolder: ({ list, subject }) =>
    `Post ${subject} i ${list} ligger utanför sin enhets mapp och får därför fel behörigheter.`,
  itemUniquePermissions: ({ list, subject }) =>
    `Post ${subject} i ${list} har egna behörigheter. LIS styr behörigheter per enhetsmapp, så postens egna behörigheter återställs.`,
  scopeCountHigh: ({ list, count }) =>
    `${list} har ${count ?? 'många'} unika behörighetsområden. SharePoint rekommenderar högst 5 000 per lista.`,
};

/** Swedish texts of the coordinator's setup and health check (groups, permissions, unit folders, indexes). */
export const setupSv = {
  nav: 'Behörigheter och hälsokontroll',
  title: 'Behörigheter och hälsokontroll',
  description:
    'Kontrollerar att LIS-webbplatsen följer behörighetsmodellen: grupperna finns, listorna har egna behörigheter, varje enhet har sin mapp och kolumnerna LIS filtrerar på är indexerade. Kontrollen ändrar ingenting; ”Åtgärda” rättar det som går att rätta.',
  loading: 'Kontrollerar webbplatsen…',
  commandsLabel: 'Hälsokontroll',
  rerun: 'Kör kontrollen igen',
  fix: 'Åtgärda',
  fixing: 'Åtgärdar… Det kan ta några minuter på en stor webbplats.',
  nothingToFix: 'Det finns inget som knappen kan åtgärda.',
  checkedAt: (when: string): string => `Kontrollerad ${when}`,
  summaryTitle: 'Sammanfattning',
  checked: (c: { lists: number; groups: number; folders: number; items: number }): string =>
    `Kontrollerade ${c.lists} listor, ${c.groups} grupper, ${c.folders} mappar och ${c.items} poster.`,
  counts: (errors: number, warnings: number): string =>
    `${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}.`,
  healthy: 'Allt stämmer med behörighetsmodellen och listornas schema.',
  findingsTitle: 'Avvikelser',
  severity: { error: 'Fel', warning: 'Varning' },
  fixableYes: 'Åtgärdas med ”Åtgärda”.',
  notFixable: 'Kan inte åtgärdas med knappen.',
  reinstallApp: 'Lägg till LIS-appen på webbplatsen igen (Webbplatsinnehåll → Ny → App), så skapas listor och kolumner som saknas.',
  scopeAdvice: 'Flytta poster till sina enhetsmappar och ta bort behörigheter på enskilda poster (”Åtgärda” gör det).',
  kindTitles,
  explain,
  levels: { read: 'Läsa', contribute: 'Bidra', edit: 'Redigera' } as Record<string, string>,
  confirm: {
    title: 'Åtgärda avvikelserna?',
    intro: 'LIS gör följande på webbplatsen:',
    steps: [
      'skapar grupperna som saknas (de fasta grupperna och en grupp per enhet),',
      'bryter arvet av behörigheter på LIS-listorna och ger grupperna de behörigheter modellen anger,',
      'skapar varje enhets mapp i listorna med enhetens data och ger enhetens grupp behörighet till mappen,',
      'flyttar poster till sin enhets mapp och återställer behörigheter på enskilda poster,',
      'skapar index på kolumner som LIS filtrerar på.',
    ],
    safe: 'Det är säkert att köra igen: det som redan stämmer ändras inte. Du behöver vara ägare av webbplatsen.',
    confirm: 'Åtgärda',
  },
  resultTitle: 'Resultat av åtgärden',
  noActions: 'Inget behövde ändras.',
  actionsDone: (n: number): string => `${n} ${n === 1 ? 'problem' : 'problem'} åtgärdades:`,
  groupsTitle: 'Grupper att fylla',
  groupsIntro: 'Lägg till personer i grupperna på webbplatsen (Inställningar → Webbplatsbehörigheter). Varje person får den åtkomst gruppen har.',
  groupColumn: 'Grupp',
  membersColumn: 'Vem ska vara med',
  fixedGroupMembers: {
    coordinator: 'Informationssäkerhetssamordnare. Läser och ändrar allt, förvaltar kravkatalog, riskmatris och organisation.',
    itStaff: 'IT-enheten. Läser kravkatalogen och IT-kön och uppdaterar överlämnade krav.',
    reader: 'Chefer och kommunstyrelsen. Läser alla enheters klassningar, riskanalyser och sammanställningar.',
  } as Record<string, string>,
  unitGroupMembers: (unit: string): string => `Informationsägarens företrädare och medarbetare för ${unit}. Läser och ändrar enhetens uppgifter.`,
};

export type SetupStrings = typeof setupSv;
