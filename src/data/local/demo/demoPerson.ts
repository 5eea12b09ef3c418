import type { Person } from '../../../domain/shared/Person';

/** Demo addresses use the reserved `.example` top-level domain: no mail can ever reach a real mailbox. */
export const DEMO_MAIL_DOMAIN = 'norrkoping.example';

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/** "Åsa Öberg-Lind" -> "asa.oberg-lind" */
export function mailLocalPart(displayName: string): string {
  return displayName
    .trim()
    .toLowerCase()
    .replace(/[åäöéèüæø]/g, (c) => FOLD[c])
    .replace(/\s+/g, '.')
    .replace(/[^a-z0-9.-]/g, '');
}

/** An invented person with a `fornamn.efternamn@norrkoping.example` address. */
export function demoPerson(displayName: string, suffix: string = ''): Person {
  return { displayName, email: `${mailLocalPart(displayName)}${suffix}@${DEMO_MAIL_DOMAIN}` };
}

/** The preview's signed-in person: an invented information security coordinator (samordnare) on `.example`. */
export const DEMO_USER: Person = {
  displayName: 'Samordnare Demo',
  email: 'samordnare.demo@norrkoping.example',
};
