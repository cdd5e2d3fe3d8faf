import type { AwayProblem, Locale, Localized } from '@cb/domain';

/**
 * What the away page says to a volunteer. Plain words, "je" in Dutch, "vous" in French. English is the reference.
 */
const en = {
  title: 'Are you away for a while?',
  intro:
    'Going on holiday, or busy for a few weeks? Give us the first and the last day you are away. We will not suggest you to anyone new in that time, and we will check on the people you help.',
  currentAway: 'We have you away from {from} to {until}.',
  currentHere: 'We have no days on which you are away.',
  fromLabel: 'First day away',
  untilLabel: 'Last day away',
  hint: 'At most {days} days. Away longer? Please phone us.',
  save: 'Save these days',
  clearTitle: 'Not away after all?',
  clear: 'I am not away',
  thanksTitle: 'Thank you, we have your days',
  thanksBody: 'You are away from {from} to {until}. Have a good time!',
  clearedTitle: 'Thank you, we have noted it',
  clearedBody: 'You are not away: we count on you again.',
  missing: 'Please give both days.',
  'not-a-day': 'Please give a date (day, month and year).',
  'until-before-from': 'The last day comes before the first. Please give a last day on or after the first.',
  'until-in-past': 'This day has passed. Please give today or a later day.',
  'too-long': 'This is more than {days} days. For a longer absence, please phone us.',
  alreadyTitle: 'This link has already been used',
  alreadyBody: 'We already have the days you sent with this link; nothing has changed. Want to change them? Use the link in our next email, or phone us.',
  expiredTitle: 'This link has expired',
  expiredBody: 'For your safety, the links in our emails only work for a while. Please phone us to give your days.',
  invalidTitle: 'This link does not work',
  invalidBody: 'The link may be incomplete or changed. Open it again from the email, or phone us.',
  goneTitle: 'This link no longer works',
  goneBody: 'Your offer of help is no longer followed through this page. Please phone us if you want to tell us something.',
  otherSite: 'This page can only be sent from our own website. Please open the link from the email again.',
  errorPrefix: 'Error',
};

type AwayPageTexts = typeof en;
export type AwayPageText = keyof AwayPageTexts;

const nl: AwayPageTexts = {
  title: 'Ben je een tijdje weg?',
  intro:
    'Ga je op vakantie, of heb je het een paar weken druk? Geef ons de eerste en de laatste dag dat je weg bent. Dan stellen we je in die tijd aan niemand nieuw voor, en houden we een oogje op de mensen die je helpt.',
  currentAway: 'Je bent bij ons weg van {from} tot {until}.',
  currentHere: 'We hebben geen dagen waarop je weg bent.',
  fromLabel: 'Eerste dag weg',
  untilLabel: 'Laatste dag weg',
  hint: 'Hoogstens {days} dagen. Ben je langer weg? Bel ons dan.',
  save: 'Deze dagen bewaren',
  clearTitle: 'Toch niet weg?',
  clear: 'Ik ben niet weg',
  thanksTitle: 'Bedankt, we hebben je dagen',
  thanksBody: 'Je bent weg van {from} tot {until}. Geniet ervan!',
  clearedTitle: 'Bedankt, we hebben het genoteerd',
  clearedBody: 'Je bent niet weg: we rekenen weer op je.',
  missing: 'Geef beide dagen.',
  'not-a-day': 'Geef een datum (dag, maand en jaar).',
  'until-before-from': 'De laatste dag valt vóór de eerste. Geef een laatste dag op of na de eerste.',
  'until-in-past': 'Deze dag is voorbij. Geef vandaag of een latere dag.',
  'too-long': 'Dit is meer dan {days} dagen. Bel ons voor een langere afwezigheid.',
  alreadyTitle: 'Deze link is al gebruikt',
  alreadyBody:
    'We hebben de dagen die je met deze link stuurde al; er is niets veranderd. Wil je ze wijzigen? Gebruik de link in onze volgende e-mail, of bel ons.',
  expiredTitle: 'Deze link is verlopen',
  expiredBody: 'Voor je veiligheid werken de links in onze e-mails maar een tijdje. Bel ons om je dagen door te geven.',
  invalidTitle: 'Deze link werkt niet',
  invalidBody: 'De link is misschien onvolledig of gewijzigd. Open hem opnieuw vanuit de e-mail, of bel ons.',
  goneTitle: 'Deze link werkt niet meer',
  goneBody: 'Je hulpaanbod wordt niet meer via deze pagina gevolgd. Bel ons gerust als je ons iets wilt vertellen.',
  otherSite: 'Deze pagina kan je alleen vanop onze eigen website versturen. Open de link uit de e-mail opnieuw.',
  errorPrefix: 'Fout',
};

const fr: AwayPageTexts = {
  title: 'Vous êtes absent·e quelque temps\u00a0?',
  intro:
    'Vous partez en vacances, ou vous êtes très occupé·e pendant quelques semaines\u00a0? Indiquez-nous le premier et le dernier jour de votre absence. Nous ne vous proposerons à personne de nouveau pendant ce temps, et nous prendrons des nouvelles des personnes que vous aidez.',
  currentAway: 'Vous êtes absent·e chez nous du {from} au {until}.',
  currentHere: 'Nous n’avons aucun jour d’absence pour vous.',
  fromLabel: 'Premier jour d’absence',
  untilLabel: 'Dernier jour d’absence',
  hint: '{days} jours au maximum. Absent·e plus longtemps\u00a0? Appelez-nous.',
  save: 'Enregistrer ces jours',
  clearTitle: 'Finalement pas absent·e\u00a0?',
  clear: 'Je ne suis pas absent·e',
  thanksTitle: 'Merci, nous avons vos jours',
  thanksBody: 'Vous êtes absent·e du {from} au {until}. Profitez-en bien\u00a0!',
  clearedTitle: 'Merci, c’est noté',
  clearedBody: 'Vous n’êtes pas absent·e\u00a0: nous comptons à nouveau sur vous.',
  missing: 'Indiquez les deux jours.',
  'not-a-day': 'Indiquez une date (jour, mois et année).',
  'until-before-from': 'Le dernier jour précède le premier. Indiquez un dernier jour égal ou postérieur au premier.',
  'until-in-past': 'Ce jour est passé. Indiquez aujourd’hui ou un jour plus tard.',
  'too-long': 'C’est plus de {days} jours. Pour une absence plus longue, appelez-nous.',
  alreadyTitle: 'Ce lien a déjà été utilisé',
  alreadyBody:
    'Nous avons déjà les jours envoyés avec ce lien\u00a0; rien n’a changé. Vous voulez les modifier\u00a0? Utilisez le lien de notre prochain courriel, ou appelez-nous.',
  expiredTitle: 'Ce lien a expiré',
  expiredBody: 'Pour votre sécurité, les liens de nos courriels ne fonctionnent qu’un certain temps. Appelez-nous pour indiquer vos jours.',
  invalidTitle: 'Ce lien ne fonctionne pas',
  invalidBody: 'Le lien est peut-être incomplet ou modifié. Ouvrez-le à nouveau depuis le courriel, ou appelez-nous.',
  goneTitle: 'Ce lien ne fonctionne plus',
  goneBody: 'Votre offre d’aide n’est plus suivie par cette page. Appelez-nous si vous voulez nous dire quelque chose.',
  otherSite: 'Cette page ne peut être envoyée que depuis notre propre site. Ouvrez à nouveau le lien du courriel.',
  errorPrefix: 'Erreur',
};

const TEXTS: Localized<AwayPageTexts> = { nl, fr, en };

export function awayPageText(key: AwayPageText, locale: Locale, values: Record<string, string | number> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A field problem (@cb/domain's `awayPeriodProblems`) in the volunteer's words. */
export const awayProblemText = (problem: AwayProblem, locale: Locale, days: number) => awayPageText(problem, locale, { days });
