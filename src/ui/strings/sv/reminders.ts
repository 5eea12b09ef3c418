/** Swedish texts of the coordinator's reminder view (Påminnelser): preview of today's run, "send now", log, outbox. */
export const remindersSv = {
  title: 'Påminnelser',
  description:
    'Här ser du vem som skulle få vilka påminnelser i dag: en sammanställning per mottagare med allt som förfaller eller är försenat. ”Skicka nu” skickar dem direkt med din behörighet. Ingen påminnelse skickas två gånger.',
  loading: 'Planerar dagens påminnelser…',
  refresh: 'Uppdatera',
  today: {
    heading: 'Dagens påminnelser',
    recipients: 'Mottagare',
    reminders: 'Påminnelser',
    people: 'Personer med uppgifter',
    tasks: 'Uppgifter',
    skippedItems: (count: number): string =>
      `${count} ${count === 1 ? 'post' : 'poster'} i listorna kunde inte läsas och räknas inte med. Rätta dem i SharePoint-listorna.`,
    empty: 'Inga påminnelser att skicka i dag.',
    recipientsLabel: 'Mottagare av dagens påminnelser',
    recipientFacts: (items: number, overdue: number, escalations: number): string =>
      [
        `${items} ${items === 1 ? 'påminnelse' : 'påminnelser'}`,
        `${overdue} ${overdue === 1 ? 'försenad' : 'försenade'}`,
        ...(escalations > 0 ? [`${escalations} ${escalations === 1 ? 'eskalering' : 'eskaleringar'}`] : []),
      ].join(' · '),
    itemsCaption: (name: string): string => `Påminnelser till ${name}`,
    showText: 'Visa mejlet som text',
    hideText: 'Dölj mejlet som text',
    textLabel: (name: string): string => `Mejlet till ${name} som text`,
  },
  columns: {
    task: 'Uppgift',
    dueDate: 'Förfallodatum',
    state: 'Läge',
    step: 'Påminnelse',
    role: 'Roll',
    time: 'Tid',
    recipient: 'Mottagare',
    subject: 'Ämne',
    status: 'Status',
    reason: 'Orsak',
  },
  states: {
    kommande: 'Kommande',
    snart: 'Snart',
    forsenad: 'Försenad',
  } as Record<string, string>,
  steps: {
    before: (days: number): string => (days === 1 ? 'Förfaller i morgon eller i dag' : `Förfaller inom ${days} dagar`),
    overdue: (round: number): string => (round === 1 ? 'Försenad' : `Försenad (påminnelse ${round})`),
  },
  roles: {
    ansvarig: 'Ansvarig',
    foretradare: 'Eskalerad till informationsägarens företrädare',
    samordnare: 'Eskalerad till samordnare',
    responsible: (name: string, email: string): string => `ansvarig: ${name} <${email}>`,
  },
  send: {
    button: 'Skicka nu',
    confirmTitle: 'Skicka påminnelserna nu?',
    confirmText: (digests: number, reminders: number): string =>
      `${digests} mejl med sammanlagt ${reminders} ${reminders === 1 ? 'påminnelse' : 'påminnelser'} skickas nu från din e-post, ett mejl per mottagare.`,
    confirm: (digests: number): string => `Skicka ${digests} mejl`,
    sending: 'Skickar påminnelser…',
    sendingDetail: 'Varje skickat mejl loggas direkt, så inget skickas två gånger även om sändningen avbryts.',
    resultTitle: 'Resultat av sändningen',
    sent: (count: number): string => `${count} ${count === 1 ? 'mejl skickat' : 'mejl skickade'}.`,
    failed: (count: number): string => `${count} mejl kunde inte skickas:`,
    unresolved: (count: number): string => `${count} mottagare kunde inte hittas:`,
    skipped: (count: number): string => `${count} mejl var redan ${count === 1 ? 'skickat' : 'skickade'} och skickades inte igen.`,
    nothing: 'Det fanns inget att skicka.',
    reasonLine: (recipient: string, reason: string): string => `${recipient}: ${reason}`,
    noReason: 'ingen orsak angiven',
    notRetried: 'Misslyckade mejl och okända mottagare loggas och försöks inte igen i dag; nästa påminnelsesteg planerar dem på nytt.',
    partlyLogged: 'Det som hann skickas före felet är loggat och skickas inte igen.',
    dismiss: 'Stäng meddelandet',
  },
  errors: {
    permissionNotGranted: (scope: string): string =>
      `Microsoft Graph-behörigheten (scope) ${scope} har inte godkänts för LIS, så inga mejl kunde skickas. En administratör godkänner den i SharePoint administrationscenter → Avancerat → API-åtkomst.`,
  },
  log: {
    heading: 'Senast skickade',
    tableLabel: 'Senast skickade påminnelser',
    empty: 'Inga påminnelser har skickats ännu.',
    status: {
      sent: 'Skickat',
      failed: 'Misslyckades',
      unresolved: 'Mottagaren hittades inte',
    } as Record<string, string>,
  },
  outbox: {
    heading: 'Utkorg (förhandsvisning)',
    explanation:
      'I förhandsvisningen lämnar inga mejl datorn: det som ”Skicka nu” skickar hamnar här i stället, så att du kan se vad mottagarna skulle få.',
    empty: 'Utkorgen är tom.',
    listLabel: 'Mejl i utkorgen',
    clear: 'Töm utkorgen',
    cleared: 'Utkorgen är tömd.',
    mailSummary: (to: string, address: string, subject: string): string => `${subject} – till ${to} <${address}>`,
    sentAt: (when: string): string => `Lagt i utkorgen ${when}`,
    textLabel: (subject: string): string => `Innehåll: ${subject}`,
  },
};

export type RemindersStrings = typeof remindersSv;
