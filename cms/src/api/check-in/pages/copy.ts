import type { Locale, Localized } from '@cb/domain';

/**
 * What the pages behind a check-in mail's links say. Plain words, "je" in Dutch, "vous" in French.
 * The answers' own words are the mail's (notifications/templates/check-in.ts). English is the reference.
 */
const en = {
  confirmTitle: 'How is it going?',
  confirmIntro: 'Thank you for letting us know. Check your answer and press the button to send it.',
  answerLegend: 'Your answer',
  send: 'Send my answer',
  thanksTitle: 'Thank you, we have your answer',
  thanksBody: 'Your answer has reached our team.',
  thanksCallBody: 'Someone from our team will call you as soon as possible.',
  alreadyTitle: 'You have already answered',
  alreadyBody: 'We already have your answer to this question; nothing has changed. Has something changed since? Please phone us.',
  expiredTitle: 'This link has expired',
  expiredBody: 'For your safety, the links in our emails only work for a while. Please phone us if you want to tell us something.',
  invalidTitle: 'This link does not work',
  invalidBody: 'The link may be incomplete or changed. Open it again from the email, or phone us.',
  goneTitle: 'This link no longer works',
  goneBody: 'What this link was about has been closed. Please phone us if you want to tell us something.',
  concernTitle: 'Report a concern',
  concernIntro: 'Tell us what worries you. Only our team reads it: the other person never sees it.',
  concernLabel: 'What worries you?',
  concernHint: 'A few words are enough.',
  concernRequired: 'Please write a few words about what worries you.',
  concernTooLong: 'Please keep it shorter: {max} characters at most.',
  callMe: 'Please call me',
  sendConcern: 'Send to the team',
  concernThanksTitle: 'Thank you for telling us',
  concernThanksBody: 'Our team has your message and will look at it first.',
  errorPrefix: 'Error',
  otherSite: 'This page can only be sent from our own website. Please open the link from the email again.',
  lonelinessLegend: 'How do you feel now? (you may skip this)',
  lonelinessIntro:
    'When you asked for help, you answered six short questions about how you felt. Would you answer them once more? It tells us whether our help makes people feel less alone.',
};

type CheckInPageTexts = typeof en;

const nl: CheckInPageTexts = {
  confirmTitle: 'Hoe gaat het?',
  confirmIntro: 'Bedankt dat je het ons laat weten. Kijk je antwoord na en druk op de knop om het te versturen.',
  answerLegend: 'Je antwoord',
  send: 'Mijn antwoord versturen',
  thanksTitle: 'Bedankt, we hebben je antwoord',
  thanksBody: 'Je antwoord is bij ons team aangekomen.',
  thanksCallBody: 'Iemand van ons team belt je zo snel mogelijk.',
  alreadyTitle: 'Je hebt al geantwoord',
  alreadyBody: 'We hebben je antwoord op deze vraag al; er is niets veranderd. Is er intussen iets veranderd? Bel ons gerust.',
  expiredTitle: 'Deze link is verlopen',
  expiredBody: 'Voor je veiligheid werken de links in onze e-mails maar een tijdje. Bel ons gerust als je ons iets wilt vertellen.',
  invalidTitle: 'Deze link werkt niet',
  invalidBody: 'De link is misschien onvolledig of gewijzigd. Open hem opnieuw vanuit de e-mail, of bel ons.',
  goneTitle: 'Deze link werkt niet meer',
  goneBody: 'Waar deze link over ging, is afgesloten. Bel ons gerust als je ons iets wilt vertellen.',
  concernTitle: 'Een zorg melden',
  concernIntro: 'Vertel ons wat je zorgen baart. Alleen ons team leest het: de andere persoon ziet het nooit.',
  concernLabel: 'Waarover maak je je zorgen?',
  concernHint: 'Een paar woorden zijn genoeg.',
  concernRequired: 'Schrijf in een paar woorden waarover je je zorgen maakt.',
  concernTooLong: 'Hou het wat korter: hoogstens {max} tekens.',
  callMe: 'Bel me alstublieft',
  sendConcern: 'Naar het team sturen',
  concernThanksTitle: 'Bedankt dat je het ons vertelt',
  concernThanksBody: 'Ons team heeft je bericht en bekijkt het als eerste.',
  errorPrefix: 'Fout',
  otherSite: 'Deze pagina kan alleen vanaf onze eigen website verstuurd worden. Open de link opnieuw vanuit de e-mail.',
  lonelinessLegend: 'Hoe voel je je nu? (je mag dit overslaan)',
  lonelinessIntro:
    'Toen je om hulp vroeg, beantwoordde je zes korte vragen over hoe je je voelde. Wil je ze nog één keer beantwoorden? Zo weten we of onze hulp mensen minder eenzaam maakt.',
};

const fr: CheckInPageTexts = {
  confirmTitle: 'Comment cela se passe-t-il\u00a0?',
  confirmIntro: 'Merci de nous le faire savoir. Vérifiez votre réponse et appuyez sur le bouton pour l’envoyer.',
  answerLegend: 'Votre réponse',
  send: 'Envoyer ma réponse',
  thanksTitle: 'Merci, nous avons bien reçu votre réponse',
  thanksBody: 'Votre réponse est bien arrivée chez notre équipe.',
  thanksCallBody: 'Une personne de notre équipe vous appelle dès que possible.',
  alreadyTitle: 'Vous avez déjà répondu',
  alreadyBody: 'Nous avons déjà votre réponse à cette question\u00a0; rien n’a changé. Quelque chose a changé depuis\u00a0? Appelez-nous.',
  expiredTitle: 'Ce lien a expiré',
  expiredBody: 'Pour votre sécurité, les liens de nos e-mails ne fonctionnent qu’un certain temps. Appelez-nous si vous voulez nous dire quelque chose.',
  invalidTitle: 'Ce lien ne fonctionne pas',
  invalidBody: 'Le lien est peut-être incomplet ou modifié. Ouvrez-le à nouveau depuis l’e-mail, ou appelez-nous.',
  goneTitle: 'Ce lien ne fonctionne plus',
  goneBody: 'Ce dont parlait ce lien a été clôturé. Appelez-nous si vous voulez nous dire quelque chose.',
  concernTitle: 'Signaler une inquiétude',
  concernIntro: 'Dites-nous ce qui vous inquiète. Seule notre équipe le lit\u00a0: l’autre personne ne le voit jamais.',
  concernLabel: 'Qu’est-ce qui vous inquiète\u00a0?',
  concernHint: 'Quelques mots suffisent.',
  concernRequired: 'Écrivez en quelques mots ce qui vous inquiète.',
  concernTooLong: 'Faites un peu plus court\u00a0: {max} caractères au maximum.',
  callMe: 'Appelez-moi, s’il vous plaît',
  sendConcern: 'Envoyer à l’équipe',
  concernThanksTitle: 'Merci de nous l’avoir dit',
  concernThanksBody: 'Notre équipe a reçu votre message et le traite en priorité.',
  errorPrefix: 'Erreur',
  otherSite: 'Cette page ne peut être envoyée que depuis notre propre site. Ouvrez à nouveau le lien depuis l’e-mail.',
  lonelinessLegend: 'Comment vous sentez-vous maintenant\u00a0? (vous pouvez passer cette partie)',
  lonelinessIntro:
    'Quand vous avez demandé de l’aide, vous avez répondu à six courtes questions sur ce que vous ressentiez. Voulez-vous y répondre encore une fois\u00a0? Cela nous dit si notre aide rend les gens moins seuls.',
};

const TEXTS: Localized<CheckInPageTexts> = { nl, fr, en };

export type CheckInPageText = keyof CheckInPageTexts;

export function checkInPageText(key: CheckInPageText, locale: Locale, values: Record<string, number> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
