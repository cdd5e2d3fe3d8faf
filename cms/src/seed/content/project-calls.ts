import type { SeedProjectCall } from '../types';

/** The open project call: small grants for solidarity projects against loneliness. */
export const projectCalls: SeedProjectCall[] = [
  {
    key: 'project-call-2026-2027',
    title: {
      nl: 'Projectoproep Connecting Brussels 2026–2027',
      fr: 'Appel à projets Connecting Brussels 2026–2027',
      en: 'Connecting Brussels project call 2026–2027',
    },
    summary: {
      nl: 'Heb je een idee dat mensen in Brussel dichter bij elkaar brengt? Vraag tot 7.500 euro steun aan voor je solidariteitsproject. Je kunt indienen tot 31 januari 2027.',
      fr: 'Vous avez une idée pour rapprocher les gens à Bruxelles ? Demandez jusqu’à 7 500 euros pour votre projet solidaire. Vous pouvez introduire votre demande jusqu’au 31 janvier 2027.',
      en: 'Do you have an idea that brings people in Brussels closer together? Apply for up to €7,500 for your solidarity project. The deadline is 31 January 2027.',
    },
    body: {
      nl: [
        'Veel Brusselaars voelen zich alleen. Niet alleen ouderen, maar ook jongeren, studenten, alleenstaanden, nieuwkomers en gezinnen. Tegelijk willen veel mensen iets doen voor hun buurt. Met deze projectoproep steunen de VGC en de COCOF, samen met Muntpunt en Steunpunt Vrijwilligerswerk Brussel, projecten die mensen verbinden en eenzaamheid tegengaan.',
        'Wat steunen we? Solidariteitsprojecten waarin mensen elkaar ontmoeten en naar elkaar omkijken. Denk aan een buurtmaaltijd, een wandelgroep, een belketting, een breicafé, digitale hulp, briefwisseling tussen jong en oud, of een nieuw idee waar nog niemand aan dacht. Je project vindt plaats in het Brussels Hoofdstedelijk Gewest en loopt tussen 1 maart 2027 en 29 februari 2028.',
        'Wie kan indienen? Bewonersgroepen, vzw’s, feitelijke verenigingen en informele collectieven. Je hoeft geen vzw te zijn: een groep van minstens drie mensen is genoeg, als één persoon of organisatie het geld beheert en verantwoordt. Samenwerking tussen Nederlandstalige, Franstalige en anderstalige Brusselaars is extra welkom.',
        'Hoeveel geld is er? Het totale budget is 150.000 euro. Per project kun je maximaal 7.500 euro aanvragen. Je mag het geld gebruiken voor materiaal, de huur van een zaal, vervoer, eten en drinken, onkostenvergoedingen voor vrijwilligers en communicatie.',
        'Wat steunen we niet? Professionele zorg of therapie, activiteiten met winst als doel, projecten die al volledig door een andere subsidie betaald worden, grote investeringen zoals een verbouwing of een voertuig, en activiteiten met een politiek of religieus doel. Lonen van vaste medewerkers vallen er ook buiten.',
        'Hoe dien je in? Vul het aanvraagformulier op deze website in, in het Nederlands, het Frans of het Engels. Twijfel je, of wil je hulp bij het schrijven? Bel ons of kom langs bij Muntpunt. Een jury bekijkt alle aanvragen. Je krijgt uiterlijk eind maart 2027 antwoord.',
      ],
      fr: [
        'Beaucoup de Bruxellois se sentent seuls. Pas seulement les personnes âgées, mais aussi les jeunes, les étudiants, les personnes isolées, les primo-arrivants et les familles. En même temps, beaucoup de gens ont envie de faire quelque chose pour leur quartier. Avec cet appel à projets, la VGC et la COCOF, avec Muntpunt et le Steunpunt Vrijwilligerswerk Brussel, soutiennent des projets qui créent du lien et luttent contre la solitude.',
        'Que soutenons-nous ? Des projets solidaires où les gens se rencontrent et prennent soin les uns des autres. Par exemple un repas de quartier, un groupe de promenade, une chaîne d’appels téléphoniques, un café tricot, de l’aide numérique, des lettres entre jeunes et aînés, ou une idée nouvelle à laquelle personne n’a encore pensé. Votre projet se déroule en Région de Bruxelles-Capitale, entre le 1er mars 2027 et le 29 février 2028.',
        'Qui peut introduire une demande ? Les groupes d’habitants, les ASBL, les associations de fait et les collectifs informels. Pas besoin d’être une ASBL : un groupe d’au moins trois personnes suffit, si une personne ou une organisation gère l’argent et en rend compte. Les collaborations entre Bruxellois francophones, néerlandophones et d’autres langues sont particulièrement bienvenues.',
        'Quel montant ? Le budget total est de 150 000 euros. Vous pouvez demander au maximum 7 500 euros par projet. L’argent peut servir au matériel, à la location d’une salle, aux déplacements, à la nourriture et aux boissons, aux défraiements des bénévoles et à la communication.',
        'Que ne soutenons-nous pas ? Les soins ou thérapies professionnels, les activités à but lucratif, les projets déjà entièrement financés par un autre subside, les gros investissements comme des travaux ou un véhicule, et les activités à but politique ou religieux. Les salaires du personnel fixe ne sont pas non plus pris en charge.',
        'Comment introduire votre demande ? Remplissez le formulaire sur ce site, en français, en néerlandais ou en anglais. Vous hésitez, ou vous voulez de l’aide pour écrire ? Appelez-nous ou passez chez Muntpunt. Un jury examine toutes les demandes. Vous recevrez une réponse au plus tard fin mars 2027.',
      ],
      en: [
        'Many people in Brussels feel alone. Not only older people, but also young people, students, people living alone, newcomers and families. At the same time, many people want to do something for their neighbourhood. With this project call, the VGC and COCOF, together with Muntpunt and Steunpunt Vrijwilligerswerk Brussel, support projects that bring people together and fight loneliness.',
        'What do we fund? Solidarity projects where people meet and look out for each other. For example a neighbourhood meal, a walking group, a phone chain, a knitting café, digital help, letters between young and old, or a new idea nobody has thought of yet. Your project takes place in the Brussels-Capital Region and runs between 1 March 2027 and 29 February 2028.',
        'Who can apply? Residents’ groups, non-profit organisations, informal associations and collectives. You don’t have to be a registered non-profit: a group of at least three people is enough, as long as one person or organisation manages the money and reports on it. Projects that bring together Dutch-speaking, French-speaking and other Brussels residents are especially welcome.',
        'How much is available? The total budget is €150,000. You can apply for up to €7,500 per project. You can use the money for materials, renting a room, transport, food and drink, expenses for volunteers and communication.',
        'What do we not fund? Professional care or therapy, profit-making activities, projects already fully paid for by another grant, large investments such as building work or a vehicle, and activities with a political or religious aim. Salaries of permanent staff are not covered either.',
        'How do you apply? Fill in the application form on this website, in English, Dutch or French. Not sure, or would you like help with writing? Call us or drop by Muntpunt. A jury looks at every application. You will get an answer by the end of March 2027 at the latest.',
      ],
    },
    totalBudget: 150000,
    maxPerProject: 7500,
    opensOn: '2026-10-01',
    deadline: '2027-01-31T23:59:00+01:00',
    criteria: [
      {
        title: { nl: 'Verbinding', fr: 'Créer du lien', en: 'Bringing people together' },
        description: {
          nl: 'Brengt het project mensen echt met elkaar in contact? Ontstaan er nieuwe, blijvende contacten tussen mensen die elkaar anders niet zouden ontmoeten?',
          fr: 'Le projet met-il vraiment les gens en contact ? Crée-t-il de nouveaux liens durables entre des personnes qui ne se rencontreraient pas autrement ?',
          en: 'Does the project really put people in touch with each other? Does it create new, lasting contacts between people who would not otherwise meet?',
        },
        weight: 30,
      },
      {
        title: { nl: 'Wie alleen staat, bereiken', fr: 'Toucher les personnes isolées', en: 'Reaching people who are isolated' },
        description: {
          nl: 'Hoe bereikt het project mensen die nu alleen staan en niet vanzelf komen? Denk aan persoonlijk contact, een folder in de brievenbus, een telefoontje of samenwerking met wie hen al kent.',
          fr: 'Comment le projet touche-t-il les personnes isolées, qui ne viennent pas d’elles-mêmes ? Par exemple par un contact personnel, un dépliant dans la boîte aux lettres, un coup de fil ou une collaboration avec ceux qui les connaissent déjà.',
          en: 'How does the project reach people who are isolated and would not come on their own? For example through personal contact, a leaflet in the letterbox, a phone call or working with people who already know them.',
        },
        weight: 25,
      },
      {
        title: { nl: 'Samen gedragen', fr: 'Un projet porté ensemble', en: 'Shared by the community' },
        description: {
          nl: 'Doen buurtbewoners en vrijwilligers mee aan de uitwerking? Krijgen de deelnemers zelf een stem? Is het project open voor iedereen, over taal, leeftijd en achtergrond heen?',
          fr: 'Les habitants et les bénévoles participent-ils à la mise en place ? Les participants ont-ils leur mot à dire ? Le projet est-il ouvert à tous, quelles que soient la langue, l’âge et l’origine ?',
          en: 'Do local residents and volunteers help shape the project? Do participants have a say? Is it open to everyone, whatever their language, age or background?',
        },
        weight: 20,
      },
      {
        title: { nl: 'Haalbaar en helder', fr: 'Réaliste et clair', en: 'Realistic and clear' },
        description: {
          nl: 'Is het plan duidelijk en uitvoerbaar met de mensen en de tijd die er zijn? Is de begroting eenvoudig, realistisch en in verhouding tot wat je wilt doen?',
          fr: 'Le plan est-il clair et réalisable avec les personnes et le temps disponibles ? Le budget est-il simple, réaliste et en rapport avec ce que vous voulez faire ?',
          en: 'Is the plan clear and doable with the people and time available? Is the budget simple, realistic and in proportion to what you want to do?',
        },
        weight: 15,
      },
      {
        title: { nl: 'Blijvend effect', fr: 'Un effet durable', en: 'Lasting effect' },
        description: {
          nl: 'Blijft er iets over als het geld op is? Bijvoorbeeld een vaste groep, een nieuwe samenwerking, of een aanpak die anderen kunnen overnemen.',
          fr: 'Reste-t-il quelque chose quand l’argent est dépensé ? Par exemple un groupe qui continue, une nouvelle collaboration ou une méthode que d’autres peuvent reprendre.',
          en: 'Will something remain once the money is spent? For example a group that keeps meeting, a new partnership or an approach others can copy.',
        },
        weight: 10,
      },
    ],
    faq: [
      {
        question: {
          nl: 'Moeten we een vzw zijn om steun te krijgen?',
          fr: 'Faut-il être une ASBL pour recevoir un soutien ?',
          en: 'Do we need to be a registered non-profit to get support?',
        },
        answer: {
          nl: 'Nee. Ook feitelijke verenigingen, bewonersgroepen en informele collectieven kunnen indienen. Jullie duiden één contactpersoon aan die het geld ontvangt op een bankrekening en achteraf toont waaraan het besteed is.',
          fr: 'Non. Les associations de fait, les groupes d’habitants et les collectifs informels peuvent aussi introduire une demande. Vous désignez une personne de contact qui reçoit l’argent sur un compte bancaire et montre ensuite à quoi il a servi.',
          en: 'No. Informal associations, residents’ groups and collectives can apply too. You choose one contact person who receives the money in a bank account and shows afterwards what it was spent on.',
        },
      },
      {
        question: {
          nl: 'Kan ik alleen een aanvraag indienen?',
          fr: 'Puis-je introduire une demande seul ?',
          en: 'Can I apply on my own?',
        },
        answer: {
          nl: 'Een project draag je beter niet alleen. Daarom vragen we een groep van minstens drie mensen. Heb je een idee maar nog geen groep? Laat het ons weten. We brengen je graag in contact met buren of organisaties die willen meedoen.',
          fr: 'Il vaut mieux ne pas porter un projet tout seul. C’est pourquoi nous demandons un groupe d’au moins trois personnes. Vous avez une idée, mais pas encore de groupe ? Dites-le-nous. Nous vous mettrons volontiers en contact avec des voisins ou des associations qui veulent participer.',
          en: 'A project is better not carried alone. That is why we ask for a group of at least three people. Do you have an idea but no group yet? Let us know. We are happy to put you in touch with neighbours or organisations who want to join.',
        },
      },
      {
        question: {
          nl: 'Kunnen we steun vragen voor een project dat al bestaat?',
          fr: 'Pouvons-nous demander un soutien pour un projet qui existe déjà ?',
          en: 'Can we apply for a project that already exists?',
        },
        answer: {
          nl: 'Ja, als je er iets nieuws aan toevoegt. Bijvoorbeeld een extra moment in de week, een nieuwe groep deelnemers of een nieuwe buurt. Voor de gewone werking van een bestaand project geven we geen steun.',
          fr: 'Oui, si vous y ajoutez quelque chose de nouveau. Par exemple un moment en plus dans la semaine, un nouveau public ou un nouveau quartier. Nous ne finançons pas le fonctionnement habituel d’un projet existant.',
          en: 'Yes, if you add something new. For example an extra session each week, a new group of participants or a new neighbourhood. We do not fund the usual running costs of an existing project.',
        },
      },
      {
        question: {
          nl: 'In welke taal mag ik schrijven?',
          fr: 'Dans quelle langue puis-je écrire ?',
          en: 'Which language can I write in?',
        },
        answer: {
          nl: 'In het Nederlands, het Frans of het Engels. De jury leest alle drie de talen. Eenvoudige woorden zijn prima: het gaat om je idee, niet om mooie zinnen.',
          fr: 'En français, en néerlandais ou en anglais. Le jury lit les trois langues. Des mots simples suffisent : c’est votre idée qui compte, pas les belles phrases.',
          en: 'In English, Dutch or French. The jury reads all three languages. Simple words are fine: what matters is your idea, not fancy sentences.',
        },
      },
      {
        question: {
          nl: 'Wanneer weten we of we steun krijgen, en wanneer krijgen we het geld?',
          fr: 'Quand saurons-nous si nous recevons un soutien, et quand recevrons-nous l’argent ?',
          en: 'When will we know if we get support, and when do we get the money?',
        },
        answer: {
          nl: 'Je krijgt uiterlijk eind maart 2027 antwoord. Als je project gekozen is, krijg je 80 procent van het bedrag bij de start. De laatste 20 procent volgt na een kort verslag op het einde.',
          fr: 'Vous recevrez une réponse au plus tard fin mars 2027. Si votre projet est retenu, vous recevez 80 % du montant au début. Les 20 % restants suivent après un court rapport à la fin.',
          en: 'You will get an answer by the end of March 2027 at the latest. If your project is chosen, you receive 80 per cent of the amount at the start. The last 20 per cent follows after a short report at the end.',
        },
      },
      {
        question: {
          nl: 'Wat moeten we achteraf doen?',
          fr: 'Que devons-nous faire après le projet ?',
          en: 'What do we need to do afterwards?',
        },
        answer: {
          nl: 'Weinig. Je stuurt een kort verslag van één of twee bladzijden, de kastickets en facturen, en als je wilt een paar foto’s of een verhaal. Met jullie toestemming delen we dat verhaal op Connecting Brussels om anderen te inspireren.',
          fr: 'Pas grand-chose. Vous envoyez un court rapport d’une ou deux pages, les tickets de caisse et les factures, et si vous le souhaitez quelques photos ou un récit. Avec votre accord, nous partageons ce récit sur Connecting Brussels pour inspirer d’autres personnes.',
          en: 'Not much. You send a short report of one or two pages, the receipts and invoices, and if you like a few photos or a story. With your permission, we share that story on Connecting Brussels to inspire others.',
        },
      },
      {
        question: {
          nl: 'Kan iemand mij helpen met mijn aanvraag?',
          fr: 'Quelqu’un peut-il m’aider à préparer ma demande ?',
          en: 'Can someone help me with my application?',
        },
        answer: {
          nl: 'Ja. Bel ons op +32 2 555 00 00, van maandag tot vrijdag van 9 tot 17 uur, of mail naar hello@connecting.brussels. Je kunt ook langskomen bij Muntpunt, Munt 6 in Brussel. We lezen graag mee en geven tips, maar we schrijven de aanvraag niet in jouw plaats.',
          fr: 'Oui. Appelez-nous au +32 2 555 00 00, du lundi au vendredi de 9 h à 17 h, ou écrivez à hello@connecting.brussels. Vous pouvez aussi passer chez Muntpunt, Munt 6 à Bruxelles. Nous relisons volontiers votre texte et donnons des conseils, mais nous n’écrivons pas la demande à votre place.',
          en: 'Yes. Call us on +32 2 555 00 00, Monday to Friday from 9:00 to 17:00, or email hello@connecting.brussels. You can also drop by Muntpunt, Munt 6 in Brussels. We are happy to read along and give tips, but we do not write the application for you.',
        },
      },
    ],
  },
];
