/** Swedish texts of what the signed-in person may see and do (roles from src/domain/access). */
export const accessSv = {
  checking: 'Kontrollerar din behörighet…',
  noRoleTitle: 'LIS uppgifter visas bara för dem som arbetar med informationssäkerhet',
  noRole:
    'Klassningar, riskanalyser och handlingsplaner beskriver kommunens sårbarheter och visas därför bara för informationssäkerhetssamordnare, ' +
    'informationsägarnas företrädare och medarbetare, IT-enheten och läsare som chefer och kommunstyrelsen. Du har ingen av dessa roller i LIS.',
  noRoleHelp: 'Läs informationssäkerhetspolicyn och riktlinjerna på intranätet. Behöver du arbeta i LIS, kontakta informationssäkerhetssamordnaren.',
  loadFailed:
    'Din behörighet i LIS kunde inte läsas, så inga uppgifter eller ändringsmöjligheter visas. Ladda om sidan eller kontakta informationssäkerhetssamordnaren.',
  noReminders: 'Du har inte behörighet att förhandsgranska eller skicka påminnelser. Det gör informationssäkerhetssamordnaren.',
  noSetup:
    'Du har inte behörighet att köra behörighetsinställningen och hälsokontrollen. Det gör informationssäkerhetssamordnaren, som också behöver vara ägare av LIS-webbplatsen.',
  readOnly: 'Du kan läsa uppgifterna men inte ändra dem.',
  readOnlyUnit: 'Du kan läsa uppgifterna men inte ändra dem. Ändringar görs av enhetens företrädare och medarbetare eller av informationssäkerhetssamordnaren.',
  noEditableUnits: 'Du kan inte skapa nya poster: du är inte företrädare eller medarbetare för någon enhet i LIS.',
  ownUnitsOnly: 'Du ser din egen enhets rader. Hela kommunens register visas för samordnare och läsare.',
};

export type AccessStrings = typeof accessSv;
