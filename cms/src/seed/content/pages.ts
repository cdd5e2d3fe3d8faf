import { CODE_OF_CONDUCT_VERSION, INFORMATION_NOTE_VERSION } from '@cb/domain';
import type { SeedPage } from '../types';

/**
 * The static pages the site finds by key: about, privacy, accessibility and contact, and the two texts a
 * volunteer accepts and receives (the code of conduct, the information note), each saying its version.
 */
export const pages: SeedPage[] = [
  {
    key: 'about',
    title: {
      nl: 'Over Connecting Brussels',
      fr: 'À propos de Connecting Brussels',
      en: 'About Connecting Brussels',
    },
    summary: {
      nl: 'Connecting Brussels brengt mensen die hulp zoeken samen met mensen die hulp willen geven. Tegen eenzaamheid, voor een warme stad.',
      fr: 'Connecting Brussels met en contact les personnes qui cherchent de l’aide et celles qui veulent en donner. Contre la solitude, pour une ville chaleureuse.',
      en: 'Connecting Brussels brings together people who need help and people who want to help. Against loneliness, for a warmer city.',
    },
    body: {
      nl: [
        'Connecting Brussels is een platform voor hulp en solidariteit in Brussel. Het is drietalig: Nederlands, Frans en Engels. Je kunt er hulp vragen, hulp aanbieden, verhalen lezen en delen, en steun aanvragen voor een project. Het platform is de opvolger van het vroegere onlineplatform ‘Brussels Helps’.',
        'Waarom? Veel Brusselaars voelen zich geïsoleerd. Dat zijn heus niet alleen ouderen of mensen met een zwakke gezondheid. Ook jongvolwassenen, studenten, alleenstaanden en expats hebben het soms erg moeilijk. Tegelijk willen heel veel mensen iets betekenen voor een ander. Wij brengen die twee samen. Ons motto: we laten elkaar niet los.',
        'Wie zit erachter? De Vlaamse Gemeenschapscommissie (VGC) en de Commission communautaire française (COCOF) organiseren samen een backoffice. Achter de schermen zorgen informatiecentrum Muntpunt en Steunpunt Vrijwilligerswerk Brussel voor een goede match tussen Brusselaars.',
        'Hoe werkt het? Je laat weten wat je zoekt of wat je wilt geven: via deze website, via Facebook of via de telefoon. Een medewerker bekijkt elke vraag en elk aanbod. Daarna brengen we je in contact met iemand in je buurt, met een organisatie of met een bestaand initiatief. Het gaat van de kleinste gebaren tot broodnodige praktische hulp: een warme babbel, een wandelbuddy of iemand die boodschappen brengt.',
        'Wat doen we niet? Connecting Brussels is geen professionele hulpverlening. We informeren en verbinden, laagdrempelig en gratis. Is er gevaar, bel dan 112. Wil je anoniem met iemand praten, dag en nacht? Bel Tele-Onthaal op 106.',
        'Heb je een idee voor een solidariteitsproject dat mensen verbindt en eenzaamheid tegengaat? Met onze projectoproep kun je financiële steun krijgen. En heb je een mooi verhaal of een actie die anderen kan inspireren? Deel het met ons. Elk engagement, groot of klein, maakt onze stad warmer.',
      ],
      fr: [
        'Connecting Brussels est une plateforme d’entraide et de solidarité à Bruxelles. Elle est trilingue : français, néerlandais et anglais. Vous pouvez y demander de l’aide, proposer votre aide, lire et partager des histoires, et demander un soutien pour un projet. La plateforme succède à l’ancienne plateforme en ligne « Brussels Helps ».',
        'Pourquoi ? Beaucoup de Bruxellois se sentent isolés. Et ce ne sont pas seulement des personnes âgées ou fragiles. Les jeunes adultes, les étudiants, les personnes seules ou les expats traversent aussi parfois des moments très difficiles. En même temps, beaucoup de gens ont envie d’être utiles aux autres. Nous rapprochons ces deux groupes. Notre devise : on ne se lâche pas.',
        'Qui est derrière la plateforme ? La Commission communautaire française (COCOF) et la Vlaamse Gemeenschapscommissie (VGC) organisent ensemble un back-office. En coulisses, le centre d’information Muntpunt et le Steunpunt Vrijwilligerswerk Brussel veillent à mettre les bonnes personnes en contact.',
        'Comment ça marche ? Vous nous dites ce que vous cherchez ou ce que vous voulez offrir : via ce site, via Facebook ou par téléphone. Quelqu’un de l’équipe regarde chaque demande et chaque proposition. Ensuite, nous vous mettons en contact avec une personne de votre quartier, une association ou une initiative qui existe déjà. Cela va du plus petit geste à une aide pratique bien nécessaire : un brin de causette, un compagnon de promenade ou quelqu’un qui apporte les courses.',
        'Ce que nous ne faisons pas : Connecting Brussels n’est pas un service d’aide professionnelle. Nous informons et nous mettons en lien, simplement et gratuitement. En cas de danger, appelez le 112. Vous voulez parler à quelqu’un de façon anonyme, jour et nuit ? Appelez Télé-Accueil au 107.',
        'Vous avez une idée de projet solidaire qui crée du lien et lutte contre la solitude ? Notre appel à projets peut vous apporter un soutien financier. Et si vous avez une belle histoire ou une action qui peut inspirer d’autres personnes, partagez-la avec nous. Chaque engagement, petit ou grand, rend notre ville plus chaleureuse.',
      ],
      en: [
        'Connecting Brussels is a platform for help and solidarity in Brussels. It works in three languages: Dutch, French and English. You can ask for help, offer help, read and share stories, and apply for support for a project. The platform follows on from the earlier online platform ‘Brussels Helps’.',
        'Why? Many people in Brussels feel isolated. And it is not only older people or people in poor health. Young adults, students, people living alone and expats can also have a very hard time. At the same time, lots of people want to make a difference for someone else. We bring the two together. Our motto: we don’t let go of each other.',
        'Who runs it? The Flemish Community Commission (VGC) and the French Community Commission (COCOF) run a back office together. Behind the scenes, the information centre Muntpunt and Steunpunt Vrijwilligerswerk Brussel, the Brussels volunteering support centre, make sure people are matched well.',
        'How does it work? You tell us what you are looking for or what you would like to give: on this website, on Facebook or by phone. A staff member looks at every request and every offer. Then we put you in touch with someone in your area, an organisation or an existing initiative. It can be the smallest gesture or much-needed practical help: a warm chat, a walking buddy or someone to bring your shopping.',
        'What we don’t do: Connecting Brussels is not a professional care service. We give information and connect people, in a simple and free way. If someone is in danger, call 112. Would you like to talk to someone anonymously, day or night? Call Tele-Onthaal on 106 in Dutch or Télé-Accueil on 107 in French.',
        'Do you have an idea for a solidarity project that brings people together and fights loneliness? Our project call can give you financial support. And if you have a good story or an action that could inspire others, share it with us. Every effort, big or small, makes our city warmer.',
      ],
    },
  },
  {
    key: 'privacy',
    title: {
      nl: 'Privacyverklaring',
      fr: 'Déclaration de confidentialité',
      en: 'Privacy notice',
    },
    summary: {
      nl: 'In gewone woorden: welke gegevens we vragen als je hulp vraagt of aanbiedt, waarom, wie ze ziet, hoe lang we ze bewaren en welke rechten je hebt.',
      fr: 'En mots simples : quelles données nous demandons quand vous demandez ou proposez de l’aide, pourquoi, qui les voit, combien de temps nous les gardons et quels sont vos droits.',
      en: 'In plain words: what data we ask for when you ask for or offer help, why, who sees it, how long we keep it and what your rights are.',
    },
    body: {
      nl: [
        'Deze verklaring legt uit wat we met je gegevens doen als je via Connecting Brussels hulp vraagt of hulp aanbiedt, via de website of via de telefoon. De Vlaamse Gemeenschapscommissie (VGC) en de Commission communautaire française (COCOF) zijn samen verantwoordelijk voor die gegevens. Muntpunt en Steunpunt Vrijwilligerswerk Brussel werken in hun opdracht mee in de backoffice. Voor een aanvraag bij de projectoproep vind je een aparte uitleg bij het aanvraagformulier.',
        'Welke gegevens? We vragen alleen wat we nodig hebben om je met iemand in contact te brengen: je voornaam, hoe we je kunnen bereiken (telefoon of e-mail), je gemeente of postcode, de talen die je spreekt en een korte beschrijving van wat je zoekt of aanbiedt. Je kiest zelf wat je vertelt. Geef ons geen gevoelige informatie die we niet nodig hebben, zoals medische details.',
        'Waarom en op welke basis? We gebruiken je gegevens alleen om je vraag of aanbod te bekijken, je in contact te brengen met een persoon of organisatie, en je daarover te contacteren. Dat doen we op basis van je toestemming (artikel 6.1.a van de Algemene Verordening Gegevensbescherming, de AVG). Je geeft die toestemming als je het formulier verstuurt of als je ons belt. Je kunt ze altijd weer intrekken. We verkopen je gegevens niet en gebruiken ze nooit voor reclame.',
        'Wie ziet je gegevens? Alleen de medewerkers van de backoffice. Brengen we je in contact met iemand, dan geven we alleen door wat nodig is, en pas nadat je daarmee akkoord bent gegaan. Je gegevens staan nooit publiek op de website. Ze worden bewaard op servers in de Europese Unie.',
        'Hoe lang? We bewaren je gegevens zolang je vraag of aanbod loopt. Twaalf maanden nadat je dossier is afgesloten, maken we ze anoniem. Dan blijft er alleen iets over als ‘een vraag naar een wandelbuddy in Jette’, zonder naam of contactgegevens. Die anonieme cijfers gebruiken we om het platform te verbeteren.',
        'Geen tracking. De website volgt je niet. We plaatsen geen cookies, tonen geen advertenties en gebruiken geen diensten van derden die bijhouden wat je bekijkt.',
        'Je rechten. Je mag altijd vragen welke gegevens we van je hebben, ze laten verbeteren of ze laten wissen. Je kunt ook je toestemming intrekken. Stuur daarvoor een e-mail naar hello@connecting.brussels of bel +32 2 555 00 00. We antwoorden binnen een maand. Ben je niet tevreden? Dan kun je klacht indienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel (www.gegevensbeschermingsautoriteit.be).',
        'Passen we deze verklaring aan, dan lees je dat op deze pagina. Laatste wijziging: 1 september 2026.',
      ],
      fr: [
        'Cette déclaration explique ce que nous faisons de vos données quand vous demandez ou proposez de l’aide via Connecting Brussels, sur le site ou par téléphone. La Commission communautaire française (COCOF) et la Vlaamse Gemeenschapscommissie (VGC) sont ensemble responsables de ces données. Muntpunt et le Steunpunt Vrijwilligerswerk Brussel travaillent pour elles au sein du back-office. Pour une demande dans le cadre de l’appel à projets, vous trouverez une explication séparée avec le formulaire.',
        'Quelles données ? Nous demandons seulement ce qui est nécessaire pour vous mettre en contact avec quelqu’un : votre prénom, comment vous joindre (téléphone ou e-mail), votre commune ou votre code postal, les langues que vous parlez et une courte description de ce que vous cherchez ou proposez. C’est vous qui choisissez ce que vous dites. Ne nous donnez pas d’informations sensibles dont nous n’avons pas besoin, comme des détails médicaux.',
        'Pourquoi et sur quelle base ? Nous utilisons vos données uniquement pour examiner votre demande ou votre proposition, vous mettre en contact avec une personne ou une association, et vous contacter à ce sujet. Nous le faisons sur la base de votre consentement (article 6.1.a du Règlement général sur la protection des données, le RGPD). Vous donnez ce consentement quand vous envoyez le formulaire ou quand vous nous appelez. Vous pouvez le retirer à tout moment. Nous ne vendons pas vos données et ne les utilisons jamais pour de la publicité.',
        'Qui voit vos données ? Uniquement l’équipe du back-office. Quand nous vous mettons en contact avec quelqu’un, nous ne transmettons que le nécessaire, et seulement après votre accord. Vos données ne sont jamais publiées sur le site. Elles sont conservées sur des serveurs situés dans l’Union européenne.',
        'Combien de temps ? Nous gardons vos données tant que votre demande ou votre proposition est en cours. Douze mois après la clôture de votre dossier, nous les rendons anonymes. Il ne reste alors qu’une information du type « une demande de compagnon de promenade à Jette », sans nom ni coordonnées. Ces chiffres anonymes nous aident à améliorer la plateforme.',
        'Pas de suivi. Le site ne vous suit pas. Nous ne plaçons pas de cookies, n’affichons pas de publicité et n’utilisons aucun service extérieur qui enregistre ce que vous regardez.',
        'Vos droits. Vous pouvez toujours demander quelles données nous avons sur vous, les faire corriger ou les faire effacer. Vous pouvez aussi retirer votre consentement. Pour cela, envoyez un e-mail à hello@connecting.brussels ou appelez le +32 2 555 00 00. Nous répondons dans un délai d’un mois. Vous n’êtes pas satisfait ? Vous pouvez introduire une plainte auprès de l’Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles (www.autoriteprotectiondonnees.be).',
        'Si nous modifions cette déclaration, vous le verrez sur cette page. Dernière mise à jour : 1er septembre 2026.',
      ],
      en: [
        'This notice explains what we do with your data when you ask for or offer help through Connecting Brussels, on the website or by phone. The Flemish Community Commission (VGC) and the French Community Commission (COCOF) are jointly responsible for this data. Muntpunt and Steunpunt Vrijwilligerswerk Brussel work in the back office on their behalf. If you apply to the project call, you will find a separate explanation with the application form.',
        'What data? We only ask for what we need to put you in touch with someone: your first name, how to reach you (phone or email), your municipality or postcode, the languages you speak and a short description of what you are looking for or offering. You choose what you tell us. Please don’t give us sensitive information we don’t need, such as medical details.',
        'Why, and on what basis? We only use your data to look at your request or offer, to put you in touch with a person or organisation, and to contact you about it. We do this on the basis of your consent (Article 6(1)(a) of the General Data Protection Regulation, the GDPR). You give your consent when you send the form or call us. You can withdraw it at any time. We never sell your data or use it for advertising.',
        'Who sees your data? Only the back-office staff. When we put you in touch with someone, we only pass on what is needed, and only after you have agreed. Your data is never shown publicly on the website. It is stored on servers in the European Union.',
        'How long? We keep your data as long as your request or offer is open. Twelve months after your case is closed, we make it anonymous. All that is left is something like ‘a request for a walking buddy in Jette’, with no name or contact details. We use these anonymous figures to improve the platform.',
        'No tracking. The website does not follow you. We don’t set cookies, show adverts or use outside services that record what you look at.',
        'Your rights. You can always ask what data we hold about you, have it corrected or have it erased. You can also withdraw your consent. Just email hello@connecting.brussels or call +32 2 555 00 00. We reply within one month. Not happy? You can complain to the Belgian Data Protection Authority, Rue de la Presse 35, 1000 Brussels (www.dataprotectionauthority.be).',
        'If we change this notice, you will see it on this page. Last updated: 1 September 2026.',
      ],
    },
  },
  {
    key: 'accessibility',
    title: {
      nl: 'Toegankelijkheid',
      fr: 'Accessibilité',
      en: 'Accessibility',
    },
    summary: {
      nl: 'We willen dat iedereen deze website kan gebruiken. Hier lees je hoe ver we staan en hoe je een probleem meldt.',
      fr: 'Nous voulons que tout le monde puisse utiliser ce site. Voici où nous en sommes et comment signaler un problème.',
      en: 'We want everyone to be able to use this website. Here you can read how far we have come and how to report a problem.',
    },
    body: {
      nl: [
        'Connecting Brussels wil een website zijn voor iedereen. Ook voor wie slecht ziet of hoort, moeilijk met een muis werkt of weinig ervaring heeft met computers. We streven naar niveau AA van de Web Content Accessibility Guidelines (WCAG) 2.2.',
        'Wat doen we daarvoor? We schrijven in duidelijke taal met korte zinnen. Je kunt alles met het toetsenbord bedienen. De kleuren hebben genoeg contrast en je kunt de tekst groter zetten. Afbeeldingen hebben een beschrijving. Formulieren hebben duidelijke labels en foutmeldingen. De website werkt met schermlezers, in drie talen.',
        'Wat is nog niet perfect? We testen de website geregeld, maar we zijn nooit helemaal klaar. Sommige documenten of filmpjes van partners zijn misschien niet volledig toegankelijk. We werken eraan, en we horen graag waar het beter kan.',
        'Loop je vast? Meld het ons via hello@connecting.brussels of bel +32 2 555 00 00. Zeg op welke pagina het was en wat er misliep. We antwoorden binnen vijf werkdagen en zoeken samen met jou een oplossing.',
        'Liever niet online? Alles wat je op deze website kunt doen, kan ook via de telefoon. Bel +32 2 555 00 00, van maandag tot vrijdag van 9 tot 17 uur. Een medewerker noteert je vraag of je aanbod voor jou.',
        'Deze verklaring is opgesteld op 1 september 2026.',
      ],
      fr: [
        'Connecting Brussels veut être un site pour tout le monde. Aussi pour les personnes qui voient ou entendent mal, qui ont du mal à utiliser une souris ou qui ont peu l’habitude des ordinateurs. Nous visons le niveau AA des Règles pour l’accessibilité des contenus web (WCAG) 2.2.',
        'Que faisons-nous pour cela ? Nous écrivons dans une langue claire, avec des phrases courtes. Tout le site fonctionne au clavier. Les couleurs sont assez contrastées et vous pouvez agrandir le texte. Les images ont une description. Les formulaires ont des libellés et des messages d’erreur clairs. Le site fonctionne avec les lecteurs d’écran, dans les trois langues.',
        'Qu’est-ce qui n’est pas encore parfait ? Nous testons le site régulièrement, mais le travail n’est jamais tout à fait fini. Certains documents ou vidéos de partenaires ne sont peut-être pas entièrement accessibles. Nous y travaillons, et nous aimons savoir ce qui peut être amélioré.',
        'Vous êtes bloqué ? Signalez-le-nous à hello@connecting.brussels ou au +32 2 555 00 00. Dites-nous sur quelle page c’était et ce qui n’a pas marché. Nous répondons dans les cinq jours ouvrables et cherchons une solution avec vous.',
        'Vous préférez ne pas passer par internet ? Tout ce que vous pouvez faire sur ce site, vous pouvez aussi le faire par téléphone. Appelez le +32 2 555 00 00, du lundi au vendredi de 9 h à 17 h. Quelqu’un de l’équipe note votre demande ou votre proposition pour vous.',
        'Cette déclaration a été établie le 1er septembre 2026.',
      ],
      en: [
        'Connecting Brussels wants to be a website for everyone. That includes people who have trouble seeing or hearing, find a mouse hard to use, or have little experience with computers. We aim to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.2.',
        'What do we do for this? We write in clear language with short sentences. You can use everything with a keyboard. The colours have enough contrast and you can make the text bigger. Images have a description. Forms have clear labels and error messages. The website works with screen readers, in all three languages.',
        'What is not perfect yet? We test the website regularly, but the work is never quite finished. Some documents or videos from partners may not be fully accessible. We are working on it, and we would like to hear where we can do better.',
        'Stuck? Tell us at hello@connecting.brussels or call +32 2 555 00 00. Let us know which page it was and what went wrong. We reply within five working days and look for a solution together with you.',
        'Prefer not to go online? Everything you can do on this website, you can also do by phone. Call +32 2 555 00 00, Monday to Friday from 9:00 to 17:00. A staff member will write down your request or offer for you.',
        'This statement was written on 1 September 2026.',
      ],
    },
  },
  {
    key: 'contact',
    title: {
      nl: 'Contact',
      fr: 'Nous contacter',
      en: 'Contact us',
    },
    summary: {
      nl: 'Bel, mail of kom langs. We helpen je graag verder, in het Nederlands, Frans of Engels.',
      fr: 'Téléphonez, écrivez-nous ou passez nous voir. Nous vous aidons volontiers, en français, en néerlandais ou en anglais.',
      en: 'Call, email or drop by. We are happy to help, in English, Dutch or French.',
    },
    body: {
      nl: [
        'Wil je hulp vragen of hulp aanbieden? Heb je een vraag over het platform of over de projectoproep? Neem gerust contact op. Je mag ons aanspreken in het Nederlands, het Frans of het Engels.',
        'Bellen: +32 2 555 00 00, van maandag tot vrijdag, van 9 tot 17 uur. Buiten die uren kun je een bericht inspreken. We bellen je de volgende werkdag terug.',
        'Mailen: hello@connecting.brussels. We antwoorden binnen twee werkdagen.',
        'Langskomen of schrijven: Connecting Brussels, p/a Muntpunt, Munt 6, 1000 Brussel. Aan de infobalie van Muntpunt helpen ze je verder, tijdens de openingsuren.',
        'Op Facebook en Instagram vind je ons als Connecting Brussels. Stuur ons daar gerust een bericht, maar deel er geen persoonlijke gegevens. Die geef je beter via de telefoon of het formulier op deze website.',
        'Connecting Brussels is geen noodlijn. Bel 112 als er gevaar is. Wil je dag en nacht anoniem met iemand praten? Bel Tele-Onthaal op 106.',
      ],
      fr: [
        'Vous voulez demander ou proposer de l’aide ? Vous avez une question sur la plateforme ou sur l’appel à projets ? N’hésitez pas à nous contacter. Vous pouvez nous parler en français, en néerlandais ou en anglais.',
        'Par téléphone : +32 2 555 00 00, du lundi au vendredi, de 9 h à 17 h. En dehors de ces heures, vous pouvez laisser un message. Nous vous rappelons le jour ouvrable suivant.',
        'Par e-mail : hello@connecting.brussels. Nous répondons dans les deux jours ouvrables.',
        'Sur place ou par courrier : Connecting Brussels, c/o Muntpunt, Munt 6, 1000 Bruxelles. L’accueil de Muntpunt vous aide pendant les heures d’ouverture.',
        'Sur Facebook et Instagram, vous nous trouvez sous le nom Connecting Brussels. Vous pouvez nous y envoyer un message, mais n’y partagez pas de données personnelles. Donnez-les plutôt par téléphone ou via le formulaire de ce site.',
        'Connecting Brussels n’est pas un service d’urgence. En cas de danger, appelez le 112. Vous voulez parler à quelqu’un de façon anonyme, jour et nuit ? Appelez Télé-Accueil au 107.',
      ],
      en: [
        'Would you like to ask for help or offer help? Do you have a question about the platform or the project call? Please get in touch. You can talk to us in English, Dutch or French.',
        'By phone: +32 2 555 00 00, Monday to Friday, from 9:00 to 17:00. Outside these hours you can leave a message. We will call you back the next working day.',
        'By email: hello@connecting.brussels. We reply within two working days.',
        'In person or by post: Connecting Brussels, c/o Muntpunt, Munt 6, 1000 Brussels. The Muntpunt information desk will help you during opening hours.',
        'On Facebook and Instagram you can find us as Connecting Brussels. Feel free to send us a message there, but please don’t share personal details. It is better to give those by phone or through the form on this website.',
        'Connecting Brussels is not an emergency service. If someone is in danger, call 112. Would you like to talk to someone anonymously, day or night? Call Tele-Onthaal on 106 in Dutch or Télé-Accueil on 107 in French.',
      ],
    },
  },
  {
    key: 'volunteer-code-of-conduct',
    title: { nl: 'Gedragscode voor vrijwilligers', fr: 'Code de conduite des bénévoles', en: 'Code of conduct for volunteers' },
    summary: {
      nl: 'Wat je belooft als je via Connecting Brussels iemand gezelschap houdt of helpt: respect, discretie, betrouwbaarheid en veiligheid.',
      fr: 'Ce que vous promettez quand vous tenez compagnie à quelqu’un ou l’aidez via Connecting Brussels\u00a0: respect, discrétion, fiabilité et sécurité.',
      en: 'What you promise when you keep someone company or help them through Connecting Brussels: respect, discretion, reliability and safety.',
    },
    body: {
      nl: [
        `Versie ${CODE_OF_CONDUCT_VERSION}. Je aanvaardt deze gedragscode als je hulp aanbiedt. Een medewerker overloopt ze nog met je in een kennismakingsgesprek, voor je iemand ontmoet.`,
        'Respect. Je behandelt de persoon die je helpt met respect, wat zijn of haar afkomst, geloof, gezondheid, leeftijd of levenswijze ook is. Je dringt je mening niet op.',
        'Discretie. Wat je over iemand hoort of ziet, houd je voor jezelf. Je deelt geen foto’s, namen of adressen, ook niet op sociale media. Alleen als iemand in gevaar is, praat je erover met de medewerker van Connecting Brussels.',
        'Geen geld, geen geschenken. Je leent geen geld, je neemt geen geld, bankkaarten of waardevolle geschenken aan en je verkoopt niets. Je tekent geen documenten voor de persoon.',
        'Betrouwbaar. Je komt je afspraken na. Kun je niet, dan laat je het tijdig weten. Ga je een tijd weg, verwittig dan de persoon en de medewerker.',
        'Grenzen. Je bent geen hulpverlener of verpleger. Voel je dat iemand meer nodig heeft dan jij kunt geven, of maak je je zorgen, bel dan de medewerker. Bij gevaar bel je 112.',
        'Veiligheid. Je spreekt de eerste keer af op een plek die de persoon kent of die de medewerker voorstelt. Je meldt elke situatie waarin jij of de ander zich niet veilig voelt.',
      ],
      fr: [
        `Version ${CODE_OF_CONDUCT_VERSION}. Vous acceptez ce code de conduite quand vous proposez votre aide. Une personne de l’équipe le reparcourt avec vous lors d’un entretien, avant toute rencontre.`,
        'Respect. Vous traitez la personne que vous aidez avec respect, quels que soient son origine, sa religion, sa santé, son âge ou son mode de vie. Vous n’imposez pas vos opinions.',
        'Discrétion. Ce que vous apprenez ou voyez chez quelqu’un reste entre vous. Vous ne partagez ni photos, ni noms, ni adresses, pas non plus sur les réseaux sociaux. Si quelqu’un est en danger, vous en parlez à l’équipe de Connecting Brussels.',
        'Ni argent ni cadeaux. Vous ne prêtez pas d’argent, vous n’acceptez ni argent, ni carte bancaire, ni cadeau de valeur, et vous ne vendez rien. Vous ne signez aucun document pour la personne.',
        'Fiabilité. Vous tenez vos rendez-vous. Si vous ne pouvez pas venir, vous prévenez à temps. Si vous partez un certain temps, vous prévenez la personne et l’équipe.',
        'Limites. Vous n’êtes ni soignant ni travailleur social. Si vous sentez qu’une personne a besoin de plus que ce que vous pouvez donner, ou si vous êtes inquiet, appelez l’équipe. En cas de danger, appelez le 112.',
        'Sécurité. La première fois, vous vous voyez dans un lieu que la personne connaît ou que l’équipe propose. Vous signalez toute situation où vous-même ou l’autre ne vous sentez pas en sécurité.',
      ],
      en: [
        `Version ${CODE_OF_CONDUCT_VERSION}. You accept this code of conduct when you offer help. A staff member goes through it with you again in a conversation, before you meet anyone.`,
        'Respect. You treat the person you help with respect, whatever their background, faith, health, age or way of life. You do not push your views.',
        'Discretion. What you hear or see about someone stays with you. You share no photos, names or addresses, on social media neither. Only if someone is in danger do you talk about it, with the Connecting Brussels staff.',
        'No money, no gifts. You do not lend money, you accept no money, bank cards or valuable gifts, and you sell nothing. You sign no documents for the person.',
        'Reliable. You keep your appointments. If you cannot come, you say so in good time. If you go away for a while, you tell the person and the staff.',
        'Limits. You are not a carer or a social worker. If you feel someone needs more than you can give, or you are worried, call the staff. If someone is in danger, call 112.',
        'Safety. The first time, you meet in a place the person knows or the staff suggest. You report any situation in which you or the other person do not feel safe.',
      ],
    },
  },
  {
    key: 'volunteer-information-note',
    title: { nl: 'Informatienota voor vrijwilligers', fr: 'Note d’information pour les bénévoles', en: 'Information note for volunteers' },
    summary: {
      nl: 'Wat de Belgische vrijwilligerswet je vooraf laat weten: wie we zijn, hoe je verzekerd bent, welke onkosten je terugkrijgt en je plicht tot discretie.',
      fr: 'Ce que la loi belge sur le volontariat vous dit à l’avance\u00a0: qui nous sommes, comment vous êtes assuré, quels frais sont remboursés et votre devoir de discrétion.',
      en: 'What Belgian law on volunteering says you must know beforehand: who we are, how you are insured, which expenses are paid back and your duty of discretion.',
    },
    body: {
      nl: [
        `Versie ${INFORMATION_NOTE_VERSION}. De wet van 3 juli 2005 betreffende de rechten van vrijwilligers vraagt dat een organisatie haar vrijwilligers vooraf informeert. Dat doen we hier, en een medewerker geeft je deze nota in je eigen taal in het kennismakingsgesprek.`,
        'Wie we zijn. Connecting Brussels is een platform van de Vlaamse Gemeenschapscommissie (VGC) en de Commission communautaire française (COCOF). Muntpunt en Steunpunt Vrijwilligerswerk Brussel werken mee in de backoffice. Ons doel: Brusselaars die zich eenzaam voelen in contact brengen met mensen die hen willen helpen.',
        'Verzekering. Als vrijwilliger ben je verzekerd voor burgerlijke aansprakelijkheid en voor lichamelijke ongevallen tijdens je vrijwilligerswerk en op weg ernaartoe. De polisgegevens vraag je aan de medewerker.',
        'Onkosten. Vrijwilligerswerk is onbetaald. Onkosten die je vooraf met de medewerker afspreekt (bijvoorbeeld een buskaartje) krijg je terug tegen bewijs. We betalen geen forfaitaire vergoeding.',
        'Discretie. Wat je als vrijwilliger te weten komt over de mensen die je helpt, valt onder je plicht tot discretie. Je vertelt het aan niemand, behalve aan de medewerker als iemand in gevaar is.',
        'Uitkering. Krijg je een werkloosheids- of andere uitkering, laat dan de instelling die ze betaalt weten dat je vrijwilligerswerk doet. De medewerker helpt je daarbij.',
      ],
      fr: [
        `Version ${INFORMATION_NOTE_VERSION}. La loi du 3 juillet 2005 relative aux droits des volontaires demande qu’une organisation informe ses bénévoles à l’avance. Nous le faisons ici, et une personne de l’équipe vous remet cette note dans votre langue lors de l’entretien.`,
        'Qui nous sommes. Connecting Brussels est une plateforme de la Commission communautaire française (COCOF) et de la Vlaamse Gemeenschapscommissie (VGC). Muntpunt et le Steunpunt Vrijwilligerswerk Brussel participent au back-office. Notre but\u00a0: mettre les Bruxellois qui se sentent seuls en contact avec des personnes qui veulent les aider.',
        'Assurance. En tant que bénévole, vous êtes assuré en responsabilité civile et contre les accidents corporels pendant votre activité et sur le chemin. Demandez les références du contrat à l’équipe.',
        'Frais. Le bénévolat n’est pas rémunéré. Les frais convenus à l’avance avec l’équipe (par exemple un ticket de bus) vous sont remboursés sur preuve. Nous ne versons pas d’indemnité forfaitaire.',
        'Discrétion. Ce que vous apprenez sur les personnes que vous aidez relève de votre devoir de discrétion. Vous n’en parlez à personne, sauf à l’équipe si quelqu’un est en danger.',
        'Allocations. Si vous recevez des allocations de chômage ou une autre allocation, prévenez l’organisme qui les paie que vous faites du bénévolat. L’équipe vous aide à le faire.',
      ],
      en: [
        `Version ${INFORMATION_NOTE_VERSION}. The Belgian law of 3 July 2005 on the rights of volunteers asks an organisation to inform its volunteers beforehand. We do so here, and a staff member gives you this note in your own language in your first conversation.`,
        'Who we are. Connecting Brussels is a platform of the Flemish Community Commission (VGC) and the French Community Commission (COCOF). Muntpunt and Steunpunt Vrijwilligerswerk Brussel work in the back office. Our aim: to put people in Brussels who feel lonely in touch with people who want to help them.',
        'Insurance. As a volunteer you are insured for civil liability and for bodily accidents during your volunteering and on your way to it. Ask the staff for the policy details.',
        'Expenses. Volunteering is unpaid. Expenses agreed beforehand with the staff (a bus ticket, for example) are paid back against a receipt. We pay no flat-rate allowance.',
        'Discretion. What you learn about the people you help falls under your duty of discretion. You tell no one, except the staff if someone is in danger.',
        'Benefits. If you receive unemployment or another benefit, tell the body that pays it that you volunteer. The staff will help you do so.',
      ],
    },
  },
];
