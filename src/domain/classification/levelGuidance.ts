import type { Aspect, Level } from './levels';

/**
 * Help text per level and aspect for the wizard, in our own words after MSB 0040-09 and KLASSA's level descriptions:
 * what the damage would look like if the aspect failed. Swedish, as users see it.
 */
export const ASPECT_QUESTIONS_SV: Readonly<Record<Aspect, string>> = {
  K: 'Vad händer om informationen blir tillgänglig för, eller röjs för, någon som inte ska ha tillgång till den?',
  R: 'Vad händer om informationen är felaktig, ofullständig, ändras av misstag eller med avsikt, eller förstörs?',
  T: 'Vad händer om informationen inte går att komma åt när den behövs, i timmar, dagar eller längre?',
  S: 'Vad händer om det inte går att i efterhand se vem som har läst, ändrat eller tagit bort informationen?',
};

export const LEVEL_GUIDANCE_SV: Readonly<Record<Aspect, Readonly<Record<Level, string>>>> = {
  K: {
    0: 'Informationen är allmän och får spridas fritt. Att den röjs ger ingen eller försumbar skada.',
    1: 'Informationen är avsedd för internt bruk. Om den röjs blir skadan begränsad, till exempel visst merarbete eller ett kortvarigt missnöje.',
    2: 'Informationen kan omfattas av sekretess eller innehålla personuppgifter. Om den röjs kan enskilda eller verksamheten skadas märkbart, till exempel genom kränkt integritet eller ekonomisk förlust.',
    3: 'Informationen är känslig, till exempel sekretessbelagda uppgifter om hälsa, sociala förhållanden eller skyddade personuppgifter. Om den röjs kan någons rättigheter, liv eller hälsa allvarligt påverkas, eller kommunen drabbas av stora förluster och förtroendet skadas allvarligt.',
    4: 'Informationen rör Sveriges säkerhet (säkerhetsskydd). Om den röjs kan skadan för samhället bli synnerligen allvarlig. Kräver en särskild säkerhetsskyddsanalys och kontakt med säkerhetsskyddschefen.',
  },
  R: {
    0: 'Fel i informationen får ingen eller försumbar betydelse.',
    1: 'Fel upptäcks lätt och rättas med begränsat merarbete utan att någon påverkas märkbart.',
    2: 'Fel kan leda till felaktiga beslut eller utbetalningar som ger märkbar skada för enskilda eller verksamheten, men som går att rätta.',
    3: 'Fel kan leda till allvarliga konsekvenser: felaktiga myndighetsbeslut om personer, fara för liv eller hälsa, stora ekonomiska förluster eller att verksamheten inte kan utföra sina huvuduppgifter.',
    4: 'Fel eller manipulation kan ge synnerligen allvarlig skada för Sveriges säkerhet eller för många människors liv och hälsa. Kräver en särskild säkerhetsskyddsanalys och kontakt med säkerhetsskyddschefen.',
  },
  T: {
    0: 'Att informationen inte är tillgänglig får ingen eller försumbar betydelse, även under lång tid.',
    1: 'Verksamheten klarar sig med manuella rutiner eller väntan i flera dagar; avbrottet ger visst merarbete.',
    2: 'Ett avbrott på mer än någon dag ger märkbara störningar: försenade ärenden, missnöjda invånare eller ekonomisk skada.',
    3: 'Redan ett kort avbrott (timmar) gör att verksamheten inte kan utföra sina huvuduppgifter eller att liv, hälsa eller viktiga samhällsfunktioner hotas.',
    4: 'Ett avbrott kan ge synnerligen allvarlig skada för Sveriges säkerhet eller för samhällsviktig verksamhet i stor skala. Kräver en särskild säkerhetsskyddsanalys och kontakt med säkerhetsskyddschefen.',
  },
  S: {
    0: 'Det behövs ingen möjlighet att spåra vem som har gjort vad.',
    1: 'Det räcker att kunna se ändringar på en övergripande nivå, till exempel senast ändrad och av vem.',
    2: 'Det måste gå att följa vem som har läst eller ändrat informationen, till exempel för att kunna utreda misstänkt obehörig åtkomst till personuppgifter.',
    3: 'Varje åtkomst och ändring måste kunna spåras till en person i efterhand och loggarna skyddas, till exempel för journaler, känsliga personuppgifter eller myndighetsbeslut.',
    4: 'Spårbarheten berör säkerhetsskyddsklassificerad information. Kräver en särskild säkerhetsskyddsanalys och kontakt med säkerhetsskyddschefen.',
  },
};
