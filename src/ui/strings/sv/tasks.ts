/** Swedish texts of "Mina uppgifter" and of opening a view from a task's deep link. */
export const tasksSv = {
  nav: {
    myTasks: 'Mina uppgifter',
  },
  title: 'Mina uppgifter',
  description: 'Det arbete LIS väntar på från dig, ordnat efter hur brådskande det är. Välj en uppgift för att öppna den.',
  loading: 'Laddar dina uppgifter…',
  filtersLabel: 'Filtrera uppgifter',
  unitFilter: 'Enhet',
  unitAll: 'Alla enheter',
  kindFilter: 'Typ av uppgift',
  kindAll: 'Alla typer',
  refresh: 'Uppdatera',
  count: (shown: number, total: number): string => {
    const noun = (n: number): string => (n === 1 ? 'uppgift' : 'uppgifter');
    return shown === total ? `${total} ${noun(total)}` : `${shown} av ${total} ${noun(total)}`;
  },
  groups: {
    forsenad: 'Försenade',
    snart: 'Snart',
    kommande: 'Kommande',
  },
  groupCount: (count: number): string => `${count} ${count === 1 ? 'uppgift' : 'uppgifter'}`,
  states: {
    forsenad: 'Försenad',
    snart: 'Snart',
    kommande: 'Kommande',
  },
  kinds: {
    klassningOmprovning: 'Omprövning av klassning',
    klassningFaststallande: 'Fastställande av klassning',
    handlingsplan: 'Krav i handlingsplan',
    riskatgard: 'Riskåtgärd',
    riskUppfoljning: 'Uppföljning av riskanalys',
    itOverlamning: 'Överlämnat krav till IT',
  } as Readonly<Record<string, string>>,
  due: (date: string): string => `Senast ${date}`,
  daysLeft: (days: number): string =>
    days === 0 ? 'i dag' : days > 0 ? `om ${days} ${days === 1 ? 'dag' : 'dagar'}` : `${-days} ${days === -1 ? 'dag' : 'dagar'} sedan`,
  kindLabel: 'Typ',
  unitLabel: 'Enhet',
  stateLabel: 'Läge',
  unknownUnit: (id: string): string => `Okänd enhet (${id})`,
  empty: 'Inga uppgifter just nu. När LIS behöver något från dig visas det här.',
  noMatches: 'Inga uppgifter matchar filtren.',
  skipped: (count: number): string =>
    `${count} ${count === 1 ? 'post' : 'poster'} kunde inte läsas och ingår inte i listan. Uppgifter kan därför saknas; kontakta informationssäkerhetssamordnaren.`,
  /** Messages when a view is opened from a task link whose item is gone. */
  deepLink: {
    objectMissing: (id: string): string =>
      `Klassningsobjektet som länken pekar på (id ${id}) finns inte, eller så saknar du behörighet att se det. Välj ett objekt i listan i stället.`,
    requirementFocus: (code: string): string => `Uppgiften gäller krav ${code} i handlingsplanen nedan.`,
    analysisMissing: (id: string): string =>
      `Riskanalysen som länken pekar på (id ${id}) finns inte, eller så saknar du behörighet att se den. Välj en analys i listan i stället.`,
    riskMissing: (id: string): string => `Risken som länken pekar på (id ${id}) finns inte längre i analysen.`,
    handoverMissing: (code: string, objectId: string): string =>
      `Kravet ${code} för klassningsobjekt ${objectId} finns inte i IT-kön, eller så är det redan avgjort.`,
    handoverFound: (code: string, name: string): string => `Uppgiften gäller krav ${code} för ${name}. Raden är markerad i tabellen.`,
    highlighted: 'Öppnad från uppgift',
  },
};

export type TasksStrings = typeof tasksSv;
