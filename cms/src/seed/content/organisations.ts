import type { SeedOrganisation } from '../types';

/**
 * Sample organisations: invented names, real Brussels streets with invented house numbers,
 * contact details on the reserved example.org domain and the fictional +32 2 555 range.
 */
export const organisations: SeedOrganisation[] = [
  {
    key: 'warme-draad',
    name: 'Warme Draad',
    summary: {
      nl: 'Een netwerk van vrijwilligers die mensen bellen, schrijven en bezoeken, zodat niemand in Brussel alleen hoeft te zijn.',
      fr: 'Un réseau de bénévoles qui téléphonent, écrivent et rendent visite, pour que personne à Bruxelles ne reste seul.',
      en: 'A network of volunteers who phone, write to and visit people, so that nobody in Brussels has to be alone.',
    },
    description: {
      nl: [
        'Warme Draad is een vzw met meer dan honderd vrijwilligers uit heel Brussel. Sommigen bellen elke dag naar een oudere die alleen woont. Anderen schrijven kaartjes of gaan op bezoek. Het gaat altijd om hetzelfde: een vast contact, een stem die je kent.',
        'Je kunt bij ons terecht als je zelf graag wat meer contact wilt, of als je je zorgen maakt over een buur of een familielid. We zoeken dan samen wat past. Wil je vrijwilliger worden? Ook dan ben je welkom. We geven je een korte opleiding en je staat er nooit alleen voor.',
      ],
      fr: [
        'Warme Draad est une asbl qui compte plus de cent bénévoles dans toute la Région bruxelloise. Certains appellent chaque jour une personne âgée qui vit seule. D’autres écrivent des cartes ou rendent visite. Le but est toujours le même\u00a0: un contact régulier, une voix que l’on connaît.',
        'Vous pouvez nous contacter si vous souhaitez vous-même un peu plus de contact, ou si vous vous inquiétez pour un voisin ou un proche. Nous cherchons ensemble ce qui vous convient. Vous voulez devenir bénévole\u00a0? Vous êtes le bienvenu. Nous vous donnons une courte formation et vous n’êtes jamais seul.',
      ],
      en: [
        'Warme Draad is a non-profit with more than a hundred volunteers across Brussels. Some of them call an older person who lives alone every day. Others write cards or visit. The goal is always the same: a regular contact, a voice you know.',
        'Get in touch if you would like a bit more company yourself, or if you are worried about a neighbour or a relative. Together we look for what suits you. Would you like to volunteer? You are welcome too. We give you a short training and you are never on your own.',
      ],
    },
    address: 'Rue Haute 150 / Hoogstraat 150',
    postcode: '1000',
    municipality: 'brussels',
    website: 'https://warmedraad.example.org',
    email: 'hallo@warmedraad.example.org',
    phone: '+32 2 555 01 10',
  },
  {
    key: 'de-molenwiek',
    name: 'Buurthuis De Molenwiek',
    summary: {
      nl: 'Een open buurthuis in het hart van Molenbeek, met koffie, activiteiten en een luisterend oor voor iedereen uit de wijk.',
      fr: 'Une maison de quartier ouverte au cœur de Molenbeek, avec du café, des activités et une oreille attentive pour tous les habitants.',
      en: 'An open community centre in the heart of Molenbeek, with coffee, activities and a listening ear for everyone in the area.',
    },
    description: {
      nl: [
        'De Molenwiek bestaat al meer dan twintig jaar. Het buurthuis ligt aan de Gentsesteenweg en de deur staat van maandag tot vrijdag open. Je kunt er binnenlopen voor een kop koffie, een praatje of een vraag.',
        'Elke week zijn er vaste activiteiten: een breicafé, een spreekuur voor papierwerk en een wandeling langs het kanaal. Onze vrijwilligers spreken Frans, Nederlands, Arabisch, Berbers en Turks. Niemand hoeft hier uit te leggen waarom hij of zij komt.',
      ],
      fr: [
        'De Molenwiek existe depuis plus de vingt ans. La maison de quartier se trouve chaussée de Gand et la porte est ouverte du lundi au vendredi. Vous pouvez entrer pour un café, une conversation ou une question.',
        'Chaque semaine, il y a des activités fixes\u00a0: un café tricot, une permanence administrative et une promenade le long du canal. Nos bénévoles parlent français, néerlandais, arabe, berbère et turc. Ici, personne ne doit expliquer pourquoi il vient.',
      ],
      en: [
        'De Molenwiek has been around for more than twenty years. The centre is on Chaussée de Gand and the door is open from Monday to Friday. You can drop in for a coffee, a chat or a question.',
        'Every week there are regular activities: a knitting café, a help desk for paperwork and a walk along the canal. Our volunteers speak French, Dutch, Arabic, Berber and Turkish. Nobody here has to explain why they came.',
      ],
    },
    address: 'Chaussée de Gand 112 / Gentsesteenweg 112',
    postcode: '1080',
    municipality: 'molenbeek',
    website: 'https://molenwiek.example.org',
    email: 'info@molenwiek.example.org',
    phone: '+32 2 555 01 20',
  },
  {
    key: 'de-volle-mand',
    name: 'De Volle Mand',
    summary: {
      nl: 'Een solidaire kruidenierszaak en een boodschappendienst in Anderlecht. Goed eten voor een kleine prijs, en samen aan tafel.',
      fr: 'Une épicerie solidaire et un service de courses à Anderlecht. De la bonne nourriture à petit prix, et des moments à table ensemble.',
      en: 'A community grocery shop and an errand service in Anderlecht. Good food at a small price, and sharing a table together.',
    },
    description: {
      nl: [
        'De Volle Mand begon in een garage met een paar kratten groenten. Vandaag hebben we een solidaire winkel in de buurt van het Clemenceauplein. Gezinnen en mensen met een klein inkomen kopen er verse producten aan een lage prijs.',
        'Maar eten is meer dan een volle koelkast. Daarom koken we ook samen en brengen vrijwilligers boodschappen naar mensen die niet meer goed uit de voeten kunnen. Zo leren buren elkaar kennen, over de talen en de generaties heen.',
      ],
      fr: [
        'De Volle Mand a commencé dans un garage avec quelques caisses de légumes. Aujourd’hui, nous avons une épicerie solidaire près de la place Clemenceau. Les familles et les personnes à petit revenu y achètent des produits frais à prix réduit.',
        'Mais manger, ce n’est pas seulement remplir le frigo. C’est pourquoi nous cuisinons aussi ensemble, et des bénévoles livrent des courses aux personnes qui se déplacent difficilement. Les voisins apprennent ainsi à se connaître, au-delà des langues et des générations.',
      ],
      en: [
        'De Volle Mand started in a garage with a few crates of vegetables. Today we run a community grocery shop near Place Clemenceau. Families and people on a low income buy fresh food there at a low price.',
        'But food is more than a full fridge. That is why we also cook together, and volunteers deliver groceries to people who can no longer get around easily. This way neighbours get to know each other, across languages and generations.',
      ],
    },
    address: 'Rue Wayez 88 / Wayezstraat 88',
    postcode: '1070',
    municipality: 'anderlecht',
    website: 'https://vollemand.example.org',
    email: 'contact@vollemand.example.org',
    phone: '+32 2 555 01 30',
  },
  {
    key: 'zilverdraad',
    name: 'Vriendenkring Zilverdraad',
    summary: {
      nl: 'Vrienden van de woonzorgcentra in Schaarbeek en Evere. We brengen bezoek, brieven en een beetje buitenwereld naar binnen.',
      fr: 'Les amis des maisons de repos de Schaerbeek et d’Evere. Nous apportons des visites, des lettres et un peu du monde extérieur.',
      en: 'Friends of the care homes in Schaerbeek and Evere. We bring visits, letters and a bit of the outside world inside.',
    },
    description: {
      nl: [
        'Veel bewoners van een woonzorgcentrum krijgen weinig bezoek. Hun kinderen wonen ver weg, of hun vrienden zijn er niet meer. Zilverdraad is een groep vrijwilligers die daar iets aan wil doen, samen met het personeel van vier woonzorgcentra in de buurt.',
        'We organiseren vaste bezoeken, pennenvriendschappen en een grote brievenactie met scholen en gezinnen. Je hoeft niets speciaals te kunnen. Een beetje tijd en goesting om te luisteren is genoeg.',
      ],
      fr: [
        'Beaucoup de résidents de maisons de repos reçoivent peu de visites. Leurs enfants habitent loin, ou leurs amis ne sont plus là. Vriendenkring Zilverdraad est un groupe de bénévoles qui veut changer cela, avec le personnel de quatre maisons de repos du quartier.',
        'Nous organisons des visites régulières, des correspondances et une grande action de lettres avec des écoles et des familles. Pas besoin de compétences particulières. Un peu de temps et l’envie d’écouter suffisent.',
      ],
      en: [
        'Many care-home residents get few visitors. Their children live far away, or their friends have passed away. Vriendenkring Zilverdraad is a group of volunteers who want to change that, together with the staff of four care homes nearby.',
        'We organise regular visits, pen pals and a big letter campaign with schools and families. You do not need any special skills. A bit of time and a wish to listen are enough.',
      ],
    },
    address: 'Avenue Louis Bertrand 61 / Louis Bertrandlaan 61',
    postcode: '1030',
    municipality: 'schaerbeek',
    website: 'https://zilverdraad.example.org',
    email: 'vrienden@zilverdraad.example.org',
    phone: '+32 2 555 01 40',
  },
  {
    key: 'laarbeek-seniors',
    name: 'Seniorenkring Laarbeek',
    summary: {
      nl: 'Een vereniging van en voor senioren in Jette en Ganshoren. Samen wandelen, koffie drinken en naar de markt gaan.',
      fr: 'Une association de seniors, pour les seniors, à Jette et Ganshoren. Se promener, prendre un café et aller au marché ensemble.',
      en: 'A club run by and for older people in Jette and Ganshoren. Walking, having coffee and going to the market together.',
    },
    description: {
      nl: [
        'De Seniorenkring Laarbeek is ontstaan toen een paar gepensioneerde buren elkaar vonden op een bank in het Koning Boudewijnpark. Vandaag zijn we met meer dan tweehonderd leden. De jongste is 58, de oudste 97.',
        'We doen gewone dingen, maar dan samen: wandelen, een koffietafel, samen boodschappen doen. Wie minder goed te been is, krijgt een buddy. Lid worden kost vijf euro per jaar, maar als dat te veel is, kom je gewoon gratis.',
      ],
      fr: [
        'Le Seniorenkring Laarbeek est né quand quelques voisins retraités se sont rencontrés sur un banc du parc Roi Baudouin. Aujourd’hui, nous comptons plus de deux cents membres. Le plus jeune a 58 ans, la plus âgée 97.',
        'Nous faisons des choses simples, mais ensemble\u00a0: se promener, un café-rencontre, faire les courses. Les personnes qui marchent moins bien reçoivent un compagnon. L’affiliation coûte cinq euros par an, mais si c’est trop, vous venez gratuitement.',
      ],
      en: [
        'Seniorenkring Laarbeek began when a few retired neighbours met on a bench in King Baudouin Park. Today we have more than two hundred members. The youngest is 58, the oldest 97.',
        'We do ordinary things, but together: walking, a coffee afternoon, going shopping. If walking is harder for you, you get a buddy. Membership costs five euros a year, but if that is too much, you simply come for free.',
      ],
    },
    address: 'Chaussée de Wemmel 214 / Wemmelsesteenweg 214',
    postcode: '1090',
    municipality: 'jette',
    website: 'https://laarbeek.example.org',
    email: 'secretariaat@laarbeek.example.org',
    phone: '+32 2 555 01 50',
  },
  {
    key: 'het-open-boek',
    name: 'Het Open Boek',
    summary: {
      nl: 'Een kleine buurtbibliotheek in Sint-Gillis met computers, kranten en hulp bij formulieren. Iedereen mag binnen, ook zonder lidkaart.',
      fr: 'Une petite bibliothèque de quartier à Saint-Gilles, avec des ordinateurs, des journaux et de l’aide pour les formulaires. Entrée libre, même sans carte.',
      en: 'A small neighbourhood library in Saint-Gilles with computers, newspapers and help with forms. Everyone is welcome, even without a library card.',
    },
    description: {
      nl: [
        'Het Open Boek is meer dan een plek om boeken te lenen. Je kunt er de krant lezen, een computer gebruiken of gewoon even binnen zitten waar het warm is. We hebben boeken in het Nederlands, Frans, Engels, Spaans en Portugees.',
        'Onze medewerkers en vrijwilligers helpen je met je smartphone, je mails en je formulieren. Wie niet meer naar de bib kan komen, krijgt de boeken aan huis. En op het infopunt zoeken we samen uit waar je met je vraag terechtkunt.',
      ],
      fr: [
        'Het Open Boek, c’est plus qu’un endroit pour emprunter des livres. Vous pouvez y lire le journal, utiliser un ordinateur ou simplement vous asseoir au chaud. Nous avons des livres en français, néerlandais, anglais, espagnol et portugais.',
        'Notre équipe et nos bénévoles vous aident avec votre smartphone, vos e-mails et vos formulaires. Si vous ne pouvez plus venir à la bibliothèque, les livres viennent chez vous. Et au point info, nous cherchons ensemble à qui adresser votre question.',
      ],
      en: [
        'Het Open Boek is more than a place to borrow books. You can read the newspaper, use a computer or just sit somewhere warm for a while. We have books in Dutch, French, English, Spanish and Portuguese.',
        'Our staff and volunteers help you with your smartphone, your emails and your forms. If you can no longer come to the library, the books come to you. And at the info point we work out together where to take your question.',
      ],
    },
    address: 'Rue de Parme 35 / Parmastraat 35',
    postcode: '1060',
    municipality: 'saint-gilles',
    website: 'https://openboek.example.org',
    email: 'bib@openboek.example.org',
    phone: '+32 2 555 01 60',
  },
  {
    key: 'campus-hart',
    name: 'Campus Cœur',
    summary: {
      nl: 'Studenten uit Brussel die een paar uur per week vrijmaken voor anderen: voor kinderen, voor ouderen en voor nieuwe studenten.',
      fr: 'Des étudiants bruxellois qui libèrent quelques heures par semaine pour les autres\u00a0: des enfants, des aînés et de nouveaux étudiants.',
      en: 'Students in Brussels who set aside a few hours a week for others: for children, for older people and for new students.',
    },
    description: {
      nl: [
        'Campus Cœur is een vrijwilligersgroep van studenten van verschillende hogescholen en universiteiten in Brussel. We komen samen in een oud herenhuis aan de Boondaalsesteenweg. Elk jaar doen er zo’n tachtig studenten mee.',
        'We helpen kinderen met hun huiswerk, spelen gezelschapsspelletjes met ouderen en vangen studenten op die net in Brussel zijn aangekomen. Want ook op een drukke campus kun je je heel eenzaam voelen. Iedereen mag meedoen, welke taal je ook spreekt.',
      ],
      fr: [
        'Campus Cœur est un groupe de bénévoles composé d’étudiants de plusieurs hautes écoles et universités bruxelloises. Nous nous retrouvons dans une ancienne maison de maître, chaussée de Boondael. Chaque année, environ quatre-vingts étudiants participent.',
        'Nous aidons des enfants à faire leurs devoirs, jouons à des jeux de société avec des aînés et accueillons les étudiants qui viennent d’arriver à Bruxelles. Car même sur un campus animé, on peut se sentir très seul. Tout le monde peut participer, quelle que soit sa langue.',
      ],
      en: [
        'Campus Cœur is a volunteer group of students from several colleges and universities in Brussels. We meet in an old town house on Chaussée de Boondael. Around eighty students take part every year.',
        'We help children with their homework, play board games with older people and welcome students who have just arrived in Brussels. Because even on a busy campus you can feel very lonely. Everyone can join, whatever language you speak.',
      ],
    },
    address: 'Chaussée de Boondael 320 / Boondaalsesteenweg 320',
    postcode: '1050',
    municipality: 'ixelles',
    website: 'https://campushart.example.org',
    email: 'hello@campushart.example.org',
    phone: '+32 2 555 01 70',
  },
  {
    key: 'open-deur',
    name: 'Porte Ouverte',
    summary: {
      nl: 'Een onthaalplek voor nieuwkomers in Sint-Joost. Hulp bij papieren in je eigen taal, taalwandelingen en een warme plek om mensen te leren kennen.',
      fr: 'Un lieu d’accueil pour les primo-arrivants à Saint-Josse. Aide administrative dans votre langue, promenades linguistiques et un endroit chaleureux pour rencontrer du monde.',
      en: 'A welcome place for newcomers in Saint-Josse. Help with paperwork in your own language, language-exchange walks and a warm place to meet people.',
    },
    description: {
      nl: [
        'Wie net in Brussel aankomt, krijgt veel brieven en formulieren. Vaak in een taal die je nog niet goed kent. In Porte Ouverte helpen vrijwilligers en twee maatschappelijk werkers je verder, in het Arabisch, Turks, Frans, Nederlands, Engels en Spaans.',
        'Maar een nieuw leven begint niet alleen met papieren. Je hebt ook mensen nodig. Daarom organiseren we taalwandelingen waar nieuwkomers en Brusselaars elkaar ontmoeten. Je bent welkom, wat je verhaal ook is.',
      ],
      fr: [
        'Quand on arrive à Bruxelles, on reçoit beaucoup de courriers et de formulaires. Souvent dans une langue qu’on ne maîtrise pas encore. À Porte Ouverte, des bénévoles et deux assistantes sociales vous aident en arabe, turc, français, néerlandais, anglais et espagnol.',
        'Mais une nouvelle vie ne commence pas seulement avec des papiers. Il faut aussi des gens autour de soi. C’est pourquoi nous organisons des promenades linguistiques où primo-arrivants et Bruxellois se rencontrent. Vous êtes le bienvenu, quelle que soit votre histoire.',
      ],
      en: [
        'When you have just arrived in Brussels, you get a lot of letters and forms. Often in a language you do not know well yet. At Porte Ouverte, volunteers and two social workers help you in Arabic, Turkish, French, Dutch, English and Spanish.',
        'But a new life does not start with papers alone. You also need people around you. That is why we organise language-exchange walks where newcomers and people from Brussels meet. You are welcome, whatever your story.',
      ],
    },
    address: 'Chaussée de Haecht 58 / Haachtsesteenweg 58',
    postcode: '1210',
    municipality: 'saint-josse',
    website: 'https://opendeur.example.org',
    email: 'welkom@opendeur.example.org',
    phone: '+32 2 555 01 80',
  },
  {
    key: 'de-zonnewijzer',
    name: 'Lokaal Dienstencentrum De Zonnewijzer',
    summary: {
      nl: 'Een lokaal dienstencentrum in Ukkel: een restaurant, een wandelclub, begeleiding naar afspraken en hulp bij boodschappen.',
      fr: 'Un centre de services local à Uccle\u00a0: un restaurant, un club de marche, de l’accompagnement aux rendez-vous et de l’aide pour les courses.',
      en: 'A local service centre in Uccle: a restaurant, a walking club, someone to go with you to appointments and help with shopping.',
    },
    description: {
      nl: [
        'De Zonnewijzer is er voor iedereen die in Ukkel of Vorst woont en wat hulp of gezelschap kan gebruiken. Vooral ouderen komen hier, maar ook jongere mensen die alleen wonen of een beperking hebben. Je hoeft geen lid te zijn.',
        'Je kunt bij ons middagmalen, deelnemen aan een activiteit of een vraag stellen aan het onthaal. We werken met vaste medewerkers en met een grote groep vrijwilligers. Samen zorgen we ervoor dat je zo lang mogelijk thuis kunt blijven wonen, zonder er alleen voor te staan.',
      ],
      fr: [
        'De Zonnewijzer est ouvert à toute personne qui habite Uccle ou Forest et qui a besoin d’un coup de main ou de compagnie. Ce sont surtout des aînés qui viennent, mais aussi des personnes plus jeunes qui vivent seules ou en situation de handicap. Pas besoin d’être membre.',
        'Vous pouvez venir manger chez nous à midi, participer à une activité ou poser une question à l’accueil. Nous travaillons avec une équipe fixe et un grand groupe de bénévoles. Ensemble, nous vous aidons à rester chez vous le plus longtemps possible, sans être seul.',
      ],
      en: [
        'De Zonnewijzer is open to anyone living in Uccle or Forest who could use some help or company. Most visitors are older people, but younger people who live alone or have a disability come too. You do not need to be a member.',
        'You can have lunch with us, join an activity or ask a question at the front desk. We work with a permanent team and a large group of volunteers. Together we help you stay in your own home for as long as possible, without being on your own.',
      ],
    },
    address: 'Chaussée d’Alsemberg 840 / Alsembergsesteenweg 840',
    postcode: '1180',
    municipality: 'uccle',
    website: 'https://zonnewijzer.example.org',
    email: 'onthaal@zonnewijzer.example.org',
    phone: '+32 2 555 01 90',
  },
  {
    key: 'klikklaar',
    name: 'Klikklaar',
    summary: {
      nl: 'Een vzw voor digitale inclusie in Etterbeek. Geduldige hulp bij je smartphone, computer, online bankieren en digitale formulieren.',
      fr: 'Une asbl d’inclusion numérique à Etterbeek. Une aide patiente pour votre smartphone, votre ordinateur, la banque en ligne et les formulaires en ligne.',
      en: 'A digital-inclusion non-profit in Etterbeek. Patient help with your smartphone, computer, online banking and online forms.',
    },
    description: {
      nl: [
        'Steeds meer dingen gaan alleen nog online: een afspraak bij de dokter, je bankzaken, een attest van de gemeente. Wie daar niet mee opgegroeid is, voelt zich snel buitengesloten. Klikklaar wil dat veranderen.',
        'We geven uitleg in kleine groepjes, zonder moeilijke woorden. We hebben een hulplijn voor wie niet uit huis kan en we lenen laptops uit aan gezinnen. Je mag altijd dezelfde vraag twee keer stellen. Of drie keer.',
      ],
      fr: [
        'De plus en plus de choses se font uniquement en ligne\u00a0: un rendez-vous chez le médecin, vos opérations bancaires, un document de la commune. Quand on n’a pas grandi avec ces outils, on se sent vite mis de côté. Klikklaar veut changer cela.',
        'Nous donnons des explications en petits groupes, sans mots compliqués. Nous avons une ligne d’aide pour les personnes qui ne peuvent pas se déplacer et nous prêtons des ordinateurs portables aux familles. Vous pouvez toujours poser deux fois la même question. Ou trois fois.',
      ],
      en: [
        'More and more things can only be done online: a doctor’s appointment, your banking, a certificate from the municipality. If you did not grow up with all this, you can easily feel left out. Klikklaar wants to change that.',
        'We explain things in small groups, without difficult words. We have a helpline for people who cannot leave home and we lend laptops to families. You can always ask the same question twice. Or three times.',
      ],
    },
    address: 'Avenue d’Auderghem 120 / Oudergemlaan 120',
    postcode: '1040',
    municipality: 'etterbeek',
    website: 'https://klikklaar.example.org',
    email: 'hulp@klikklaar.example.org',
    phone: '+32 2 555 02 10',
  },
  {
    key: 'burenhulp-zuidkant',
    name: 'Burenhulp Zuidkant',
    summary: {
      nl: 'Buren in Vorst en Sint-Gillis die elkaar helpen: een soepavond, een boodschap, een lift naar de dokter.',
      fr: 'Des voisins de Forest et de Saint-Gilles qui s’entraident\u00a0: une soirée soupe, une course, un trajet chez le médecin.',
      en: 'Neighbours in Forest and Saint-Gilles who help each other: a soup evening, an errand, a lift to the doctor.',
    },
    description: {
      nl: [
        'Burenhulp Zuidkant is een groep buren zonder kantoor en zonder ingewikkelde regels. We hebben een telefoonnummer, een lijst met vrijwilligers en een zaal die we mogen gebruiken in de buurt van het Vorstpark.',
        'Heb je hulp nodig bij een klein klusje, een boodschap of een afspraak? Bel ons en we zoeken een buur die in de buurt woont. En elke maand koken we soep voor wie wil aanschuiven. Zo wordt de straat weer een beetje een dorp.',
      ],
      fr: [
        'Burenhulp Zuidkant est un groupe de voisins sans bureau et sans règles compliquées. Nous avons un numéro de téléphone, une liste de bénévoles et une salle que nous pouvons utiliser près du parc de Forest.',
        'Vous avez besoin d’aide pour un petit service, une course ou un rendez-vous\u00a0? Appelez-nous et nous cherchons un voisin qui habite près de chez vous. Et chaque mois, nous préparons de la soupe pour qui veut se joindre à nous. La rue redevient un peu un village.',
      ],
      en: [
        'Burenhulp Zuidkant is a group of neighbours with no office and no complicated rules. We have a phone number, a list of volunteers and a hall we can use near Forest Park.',
        'Do you need help with a small job, an errand or an appointment? Call us and we will find a neighbour who lives close to you. And every month we make soup for anyone who wants to join. This way the street becomes a bit of a village again.',
      ],
    },
    address: 'Chaussée de Neerstalle 180 / Neerstalsesteenweg 180',
    postcode: '1190',
    municipality: 'forest',
    website: 'https://zuidkant.example.org',
    email: 'buren@zuidkant.example.org',
    phone: '+32 2 555 02 20',
  },
  {
    key: 'zorgzame-buren-evere',
    name: 'Zorgzame Buren Evere',
    summary: {
      nl: 'Vrijwilligers in Evere die op bezoek komen en boodschappen doen voor wie alleen woont of niet meer goed weg kan.',
      fr: 'Des bénévoles à Evere qui rendent visite et font les courses pour les personnes seules ou qui se déplacent difficilement.',
      en: 'Volunteers in Evere who visit and do the shopping for people who live alone or find it hard to get out.',
    },
    description: {
      nl: [
        'Zorgzame Buren Evere is begonnen tijdens een strenge winter, toen enkele buren merkten dat oudere mensen in hun straat dagenlang niemand zagen. Ze begonnen aan te bellen. Nu zijn we met een vaste ploeg van veertig vrijwilligers.',
        'We komen op bezoek voor een babbel en we doen boodschappen of gaan mee naar de apotheek. Onze coördinatrice komt eerst bij je langs om kennis te maken. Zo zoeken we een vrijwilliger die bij je past en die je vertrouwt.',
      ],
      fr: [
        'Zorgzame Buren Evere a commencé pendant un hiver rigoureux, quand quelques voisins ont remarqué que des personnes âgées de leur rue ne voyaient personne pendant des jours. Ils ont commencé à sonner à leur porte. Aujourd’hui, nous sommes une équipe fixe de quarante bénévoles.',
        'Nous venons vous rendre visite pour papoter, nous faisons des courses ou nous vous accompagnons à la pharmacie. Notre coordinatrice passe d’abord chez vous pour faire connaissance. Ainsi, nous trouvons un bénévole qui vous convient et en qui vous avez confiance.',
      ],
      en: [
        'Zorgzame Buren Evere started during a harsh winter, when a few neighbours noticed that older people in their street did not see anyone for days. They began ringing doorbells. Now we are a steady team of forty volunteers.',
        'We visit for a chat, and we do the shopping or come along to the pharmacy. Our coordinator first comes by to get to know you. That way we find a volunteer who suits you and whom you trust.',
      ],
    },
    address: 'Avenue Henri Conscience 90 / Henri Consciencelaan 90',
    postcode: '1140',
    municipality: 'evere',
    website: 'https://zorgzameburen.example.org',
    email: 'evere@zorgzameburen.example.org',
    phone: '+32 2 555 02 30',
  },
  {
    key: 'duo-woluwe',
    name: 'Duo Woluwe',
    summary: {
      nl: 'We brengen jongeren en ouderen uit de Woluwes en Oudergem samen in duo’s: om te praten, voor te lezen of samen iets te doen.',
      fr: 'Nous formons des duos entre jeunes et aînés des Woluwe et d’Auderghem\u00a0: pour discuter, lire à voix haute ou faire quelque chose ensemble.',
      en: 'We pair up young and older people from the Woluwes and Auderghem: to talk, to read aloud or to do something together.',
    },
    description: {
      nl: [
        'Duo Woluwe gelooft dat jong en oud elkaar veel te geven hebben. Een student leert hoe het leven vroeger was. Een oudere dame krijgt uitleg over haar nieuwe tablet. En allebei hebben ze iemand om naar uit te kijken.',
        'We zoeken voor elke oudere een vaste vrijwilliger, die om de week op bezoek komt. We hebben ook een voorleesdienst voor mensen die slecht zien. Het eerste gesprek doen we altijd samen, zodat je rustig kunt kiezen of je wilt beginnen.',
      ],
      fr: [
        'Duo Woluwe est convaincu que jeunes et aînés ont beaucoup à s’apporter. Un étudiant découvre comment on vivait autrefois. Une dame âgée reçoit des explications sur sa nouvelle tablette. Et chacun a quelqu’un à attendre avec plaisir.',
        'Pour chaque aîné, nous cherchons un bénévole fixe qui passe une semaine sur deux. Nous avons aussi un service de lecture pour les personnes malvoyantes. La première rencontre se fait toujours avec nous, pour que vous puissiez décider tranquillement si vous voulez commencer.',
      ],
      en: [
        'Duo Woluwe believes that young and old have a lot to give each other. A student learns what life used to be like. An older lady gets help with her new tablet. And both have someone to look forward to.',
        'For each older person we look for a regular volunteer who visits every other week. We also have a reading service for people with poor eyesight. We are always there for the first meeting, so you can calmly decide whether you want to start.',
      ],
    },
    address: 'Avenue Georges Henri 250 / Georges Henrilaan 250',
    postcode: '1200',
    municipality: 'woluwe-saint-lambert',
    website: 'https://duowoluwe.example.org',
    email: 'duo@duowoluwe.example.org',
    phone: '+32 2 555 02 40',
  },
  {
    key: 'tuinkring-zonienrand',
    name: 'Tuinkring Zoniënrand',
    summary: {
      nl: 'Een gedeelde moestuin in Watermaal-Bosvoorde waar buren samen zaaien, oogsten en koken. Groene vingers zijn niet nodig.',
      fr: 'Un potager partagé à Watermael-Boitsfort où les voisins sèment, récoltent et cuisinent ensemble. Pas besoin d’avoir la main verte.',
      en: 'A shared vegetable garden in Watermael-Boitsfort where neighbours sow, harvest and cook together. No green fingers needed.',
    },
    description: {
      nl: [
        'Op een braakliggend stuk grond vlak bij het Zoniënwoud hebben buren een moestuin aangelegd. Er zijn bakken op tafelhoogte, zodat je ook vanuit een rolstoel of zonder te bukken kunt tuinieren.',
        'Tuinkring Zoniënrand is er voor iedereen: voor kinderen die willen zien hoe een wortel groeit, voor mensen die vroeger zelf een tuin hadden, en voor wie gewoon graag buiten is. Na het oogsten koken we samen met wat de tuin ons gegeven heeft.',
      ],
      fr: [
        'Sur un terrain vague tout près de la forêt de Soignes, des voisins ont créé un potager. Il y a des bacs à hauteur de table, pour jardiner aussi en fauteuil roulant ou sans se pencher.',
        'Tuinkring Zoniënrand est ouvert à tous\u00a0: aux enfants qui veulent voir pousser une carotte, aux personnes qui avaient autrefois un jardin, et à celles qui aiment simplement être dehors. Après la récolte, nous cuisinons ensemble ce que le jardin nous a donné.',
      ],
      en: [
        'On an empty plot close to the Sonian Forest, neighbours have made a vegetable garden. There are raised beds at table height, so you can garden from a wheelchair or without bending down.',
        'Tuinkring Zoniënrand is for everyone: for children who want to see a carrot grow, for people who used to have a garden, and for anyone who simply likes being outdoors. After the harvest we cook together with what the garden has given us.',
      ],
    },
    address: 'Place Keym 12 / Keymplein 12',
    postcode: '1170',
    municipality: 'watermael-boitsfort',
    website: 'https://zonienrand.example.org',
    email: 'tuin@zonienrand.example.org',
    phone: '+32 2 555 02 50',
  },
  {
    key: 'buurtkamer-basiliek',
    name: 'Buurtkamer Basiliek',
    summary: {
      nl: 'Een gezellige buurtkamer in Koekelberg voor bewoners van Koekelberg, Sint-Agatha-Berchem en Ganshoren. Met een zondagslunch, een babbelbank en papierhulp.',
      fr: 'Un salon de quartier convivial à Koekelberg pour les habitants de Koekelberg, Berchem-Sainte-Agathe et Ganshoren. Avec un repas du dimanche, un banc papote et une aide administrative.',
      en: 'A cosy neighbourhood lounge in Koekelberg for people from Koekelberg, Berchem-Sainte-Agathe and Ganshoren. With a Sunday lunch, a chat bench and help with paperwork.',
    },
    description: {
      nl: [
        'De Buurtkamer is een voormalige winkel die we hebben ingericht als een grote woonkamer. Er staan zetels, een lange tafel en altijd een pot koffie. Je ziet de basiliek vanuit het raam.',
        'We willen dat mensen die alleen wonen een plek hebben waar ze verwacht worden. Daarom is er op zondag een warme lunch, zitten er vrijwilligers op de babbelbank in het park en helpen we bij brieven die je niet begrijpt. Je bent hier geen klant, je bent een buur.',
      ],
      fr: [
        'La Buurtkamer est un ancien magasin que nous avons aménagé comme un grand salon. Il y a des fauteuils, une longue table et toujours du café. Depuis la fenêtre, on voit la basilique.',
        'Nous voulons que les personnes qui vivent seules aient un endroit où on les attend. C’est pourquoi il y a un repas chaud le dimanche, des bénévoles sur le banc papote du parc et de l’aide pour les courriers que vous ne comprenez pas. Ici, vous n’êtes pas un client, vous êtes un voisin.',
      ],
      en: [
        'The Buurtkamer is a former shop that we have set up like a big living room. There are armchairs, a long table and always a pot of coffee. You can see the basilica from the window.',
        'We want people who live alone to have a place where they are expected. That is why there is a warm lunch on Sundays, volunteers sit on the chat bench in the park and we help with letters you do not understand. Here you are not a customer, you are a neighbour.',
      ],
    },
    address: 'Rue Herkoliers 30 / Herkoliersstraat 30',
    postcode: '1081',
    municipality: 'koekelberg',
    website: 'https://buurtkamerbasiliek.example.org',
    email: 'info@buurtkamerbasiliek.example.org',
    phone: '+32 2 555 02 60',
  },
  {
    key: 'trappers-van-hart',
    name: 'Trappers van Hart',
    summary: {
      nl: 'Vrijwilligers die ouderen meenemen op een elektrische riksja door de Woluwes en Oudergem, en volwassenen leren fietsen.',
      fr: 'Des bénévoles qui emmènent des aînés en triporteur électrique à travers les Woluwe et Auderghem, et qui apprennent le vélo aux adultes.',
      en: 'Volunteers who take older people out on an electric rickshaw through the Woluwes and Auderghem, and teach adults to ride a bike.',
    },
    description: {
      nl: [
        'Trappers van Hart heeft twee elektrische riksja’s met een bankje vooraan voor twee passagiers. Vrijwilligers fietsen met ouderen en mensen met een beperking naar het park, langs de vijvers of naar hun oude buurt. De wind in je haren, een praatje onderweg.',
        'We geven ook fietsles aan volwassenen die het nooit geleerd hebben. Veel van hen zijn vrouwen die pas in Brussel wonen. Leren fietsen geeft vrijheid, en je leert er nieuwe mensen bij kennen.',
      ],
      fr: [
        'Trappers van Hart possède deux triporteurs électriques avec une banquette à l’avant pour deux passagers. Des bénévoles emmènent des aînés et des personnes en situation de handicap au parc, le long des étangs ou dans leur ancien quartier. Le vent dans les cheveux, une conversation en chemin.',
        'Nous donnons aussi des cours de vélo aux adultes qui n’ont jamais appris. Beaucoup sont des femmes arrivées récemment à Bruxelles. Apprendre à rouler à vélo, c’est gagner en liberté, et on y rencontre de nouvelles personnes.',
      ],
      en: [
        'Trappers van Hart has two electric rickshaws with a bench at the front for two passengers. Volunteers take older people and people with a disability to the park, along the ponds or back to their old neighbourhood. The wind in your hair, a chat on the way.',
        'We also teach adults who never learned how to ride a bike. Many of them are women who have recently moved to Brussels. Learning to cycle brings freedom, and you meet new people along the way.',
      ],
    },
    address: 'Place Dumon 8 / Dumonplein 8',
    postcode: '1150',
    municipality: 'woluwe-saint-pierre',
    website: 'https://trappersvanhart.example.org',
    email: 'rit@trappersvanhart.example.org',
    phone: '+32 2 555 02 70',
  },
];
