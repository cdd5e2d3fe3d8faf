import type { Locale, Localized } from '@cb/domain';

/**
 * What the milestone page of a funded project says to its applicant. Plain words, "je" in Dutch,
 * "vous" in French. English is the reference.
 */
const en = {
  title: 'How is your project going?',
  intro: 'Tell us about each milestone of your project: is it done, how did it go? You may add a few photos or a file.',
  plannedOn: 'Planned for {date}',
  doneState: 'Done: thank you for your report.',
  doneLabel: 'This milestone is done',
  reportLabel: 'A short report',
  reportHint: 'What happened, who took part, what you learned. A few sentences are enough.',
  filesLabel: 'Photos or a file (optional)',
  filesHint: 'PDF, JPEG or PNG, at most {maxFiles} files of {maxMb} MB each.',
  send: 'Send',
  nothingToSend: 'Please tick "done", write a few words or add a file.',
  reportTooLong: 'Please keep it shorter: {max} characters at most.',
  noMilestones: 'No milestones are planned for your project yet. We will let you know.',
  consentTitle: 'A public page about your project?',
  consentBody:
    'With your agreement, we write a page about your project on our website, in Dutch, French and English: what it does, where, and how people can join. It shows your organisation’s name, nothing else about you. Our editors send it to you before it is published.',
  consentLabel: 'I agree to a public page about our project, with our organisation’s name',
  consentSend: 'Give my agreement',
  consentGiven: 'You agreed to a public page about your project. Thank you! Our editors are preparing it.',
  consentRequired: 'Please tick the box to give your agreement.',
  thanksTitle: 'Thank you, we have your update',
  thanksBody: 'Our team has your report.',
  backToMilestones: 'Back to the milestones',
  alreadyTitle: 'This milestone has already been reported',
  alreadyBody: 'We already have your report on this milestone; nothing has changed. Has something changed since? Please phone us.',
  expiredTitle: 'This link has expired',
  expiredBody: 'For your safety, the links in our emails only work for a while. Please phone us and we will send you a new one.',
  invalidTitle: 'This link does not work',
  invalidBody: 'The link may be incomplete or changed. Open it again from the email, or phone us.',
  otherProjectTitle: 'This link is for another project',
  otherProjectBody: 'The link you used cannot change this milestone; nothing was recorded. Open the link from the email about your own project.',
  goneTitle: 'This link no longer works',
  goneBody: 'This project is no longer followed through this page. Please phone us if you want to tell us something.',
  otherSite: 'This page can only be sent from our own website. Please open the link from the email again.',
  errorPrefix: 'Error',
};

type MilestonePageTexts = typeof en;
export type MilestonePageText = keyof MilestonePageTexts;

const nl: MilestonePageTexts = {
  title: 'Hoe loopt je project?',
  intro: 'Vertel ons over elke mijlpaal van je project: is ze klaar, hoe ging het? Je mag een paar foto’s of een bestand toevoegen.',
  plannedOn: 'Gepland op {date}',
  doneState: 'Klaar: bedankt voor je verslag.',
  doneLabel: 'Deze mijlpaal is klaar',
  reportLabel: 'Een kort verslag',
  reportHint: 'Wat er gebeurde, wie meedeed, wat je leerde. Een paar zinnen zijn genoeg.',
  filesLabel: 'Foto’s of een bestand (niet verplicht)',
  filesHint: 'PDF, JPEG of PNG, hoogstens {maxFiles} bestanden van elk {maxMb} MB.',
  send: 'Versturen',
  nothingToSend: 'Vink "klaar" aan, schrijf een paar woorden of voeg een bestand toe.',
  reportTooLong: 'Hou het wat korter: hoogstens {max} tekens.',
  noMilestones: 'Voor je project zijn nog geen mijlpalen gepland. We laten het je weten.',
  consentTitle: 'Een publieke pagina over je project?',
  consentBody:
    'Als je akkoord gaat, schrijven we op onze website een pagina over je project, in het Nederlands, Frans en Engels: wat het doet, waar, en hoe mensen kunnen meedoen. Ze toont de naam van je organisatie, verder niets over jou. Onze redactie stuurt ze je voor ze verschijnt.',
  consentLabel: 'Ik ga akkoord met een publieke pagina over ons project, met de naam van onze organisatie',
  consentSend: 'Mijn akkoord geven',
  consentGiven: 'Je ging akkoord met een publieke pagina over je project. Bedankt! Onze redactie bereidt ze voor.',
  consentRequired: 'Vink het vakje aan om je akkoord te geven.',
  thanksTitle: 'Bedankt, we hebben je nieuws',
  thanksBody: 'Ons team heeft je verslag.',
  backToMilestones: 'Terug naar de mijlpalen',
  alreadyTitle: 'Over deze mijlpaal heb je al verteld',
  alreadyBody: 'We hebben je verslag over deze mijlpaal al; er is niets veranderd. Is er intussen iets veranderd? Bel ons gerust.',
  expiredTitle: 'Deze link is verlopen',
  expiredBody: 'Voor je veiligheid werken de links in onze e-mails maar een tijdje. Bel ons, dan sturen we je een nieuwe.',
  invalidTitle: 'Deze link werkt niet',
  invalidBody: 'De link is misschien onvolledig of gewijzigd. Open hem opnieuw vanuit de e-mail, of bel ons.',
  otherProjectTitle: 'Deze link hoort bij een ander project',
  otherProjectBody: 'Met deze link kan je deze mijlpaal niet wijzigen; er is niets bewaard. Open de link uit de e-mail over je eigen project.',
  goneTitle: 'Deze link werkt niet meer',
  goneBody: 'Dit project volgen we niet meer via deze pagina. Bel ons gerust als je ons iets wilt vertellen.',
  otherSite: 'Deze pagina kan je alleen vanop onze eigen website versturen. Open de link uit de e-mail opnieuw.',
  errorPrefix: 'Fout',
};

const fr: MilestonePageTexts = {
  title: 'Où en est votre projet\u00a0?',
  intro:
    'Parlez-nous de chaque étape de votre projet\u00a0: est-elle réalisée, comment cela s’est-il passé\u00a0? Vous pouvez ajouter quelques photos ou un fichier.',
  plannedOn: 'Prévue le {date}',
  doneState: 'Réalisée\u00a0: merci pour votre rapport.',
  doneLabel: 'Cette étape est réalisée',
  reportLabel: 'Un bref rapport',
  reportHint: 'Ce qui s’est passé, qui a participé, ce que vous avez appris. Quelques phrases suffisent.',
  filesLabel: 'Photos ou fichier (facultatif)',
  filesHint: 'PDF, JPEG ou PNG, au plus {maxFiles} fichiers de {maxMb} Mo chacun.',
  send: 'Envoyer',
  nothingToSend: 'Cochez « réalisée », écrivez quelques mots ou ajoutez un fichier.',
  reportTooLong: 'Faites un peu plus court\u00a0: {max} caractères au plus.',
  noMilestones: 'Aucune étape n’est encore prévue pour votre projet. Nous vous tiendrons au courant.',
  consentTitle: 'Une page publique sur votre projet\u00a0?',
  consentBody:
    'Avec votre accord, nous écrivons sur notre site une page sur votre projet, en néerlandais, en français et en anglais\u00a0: ce qu’il fait, où, et comment y participer. Elle montre le nom de votre organisation, rien d’autre sur vous. Notre rédaction vous l’envoie avant de la publier.',
  consentLabel: 'J’accepte une page publique sur notre projet, avec le nom de notre organisation',
  consentSend: 'Donner mon accord',
  consentGiven: 'Vous avez accepté une page publique sur votre projet. Merci\u00a0! Notre rédaction la prépare.',
  consentRequired: 'Cochez la case pour donner votre accord.',
  thanksTitle: 'Merci, nous avons vos nouvelles',
  thanksBody: 'Notre équipe a reçu votre rapport.',
  backToMilestones: 'Retour aux étapes',
  alreadyTitle: 'Vous avez déjà rendu compte de cette étape',
  alreadyBody: 'Nous avons déjà votre rapport sur cette étape\u00a0; rien n’a changé. Quelque chose a changé depuis\u00a0? Appelez-nous.',
  expiredTitle: 'Ce lien a expiré',
  expiredBody: 'Pour votre sécurité, les liens de nos courriels ne fonctionnent qu’un certain temps. Appelez-nous et nous vous en enverrons un nouveau.',
  invalidTitle: 'Ce lien ne fonctionne pas',
  invalidBody: 'Le lien est peut-être incomplet ou modifié. Ouvrez-le à nouveau depuis le courriel, ou appelez-nous.',
  otherProjectTitle: 'Ce lien concerne un autre projet',
  otherProjectBody: 'Ce lien ne permet pas de modifier cette étape\u00a0; rien n’a été enregistré. Ouvrez le lien du courriel concernant votre propre projet.',
  goneTitle: 'Ce lien ne fonctionne plus',
  goneBody: 'Ce projet n’est plus suivi par cette page. Appelez-nous si vous voulez nous dire quelque chose.',
  otherSite: 'Cette page ne peut être envoyée que depuis notre propre site. Ouvrez à nouveau le lien du courriel.',
  errorPrefix: 'Erreur',
};

const TEXTS: Localized<MilestonePageTexts> = { nl, fr, en };

export function milestonePageText(key: MilestonePageText, locale: Locale, values: Record<string, string | number> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
