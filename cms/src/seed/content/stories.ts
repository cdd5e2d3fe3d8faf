import type { SeedImage, SeedStory } from '../types';

/**
 * Sample stories: invented people (first names only) in real Brussels municipalities.
 * `initiatives` and `organisations` stay empty here; links are added where the seed knows their keys.
 */

/** The cover illustrations in cms/seed/images, with alternative text that describes each drawing. */
const covers = {
  walking: {
    file: 'walking.jpg',
    alt: {
      nl: 'Tekening van twee mensen die naast elkaar over een parkpad wandelen, onder een warme zon, met Brusselse daken op de achtergrond.',
      fr: 'Dessin de deux personnes qui marchent côte à côte sur un chemin de parc, sous un soleil chaud, avec des toits bruxellois à l’arrière-plan.',
      en: 'Drawing of two people walking side by side along a park path under a warm sun, with Brussels rooftops in the background.',
    },
  },
  groceries: {
    file: 'groceries.jpg',
    alt: {
      nl: 'Tekening van iemand die een boodschappentas met groenten en brood naar een voordeur brengt.',
      fr: 'Dessin d’une personne qui apporte un sac de courses rempli de légumes et de pain jusqu’à une porte d’entrée.',
      en: 'Drawing of a person carrying a shopping bag with vegetables and bread to a front door.',
    },
  },
  phoneChat: {
    file: 'phone-chat.jpg',
    alt: {
      nl: 'Tekening van een oudere persoon in een zetel die telefoneert, met tekstballonnen en een hartje in de lucht.',
      fr: 'Dessin d’une personne âgée assise dans un fauteuil qui téléphone, avec des bulles de conversation et un petit cœur.',
      en: 'Drawing of an older person in an armchair talking on the phone, with speech bubbles and a small heart above.',
    },
  },
  letters: {
    file: 'letters.jpg',
    alt: {
      nl: 'Tekening van enveloppen en hartjes die door de lucht zweven, met één geopende brief.',
      fr: 'Dessin d’enveloppes et de cœurs qui flottent dans l’air, avec une lettre ouverte.',
      en: 'Drawing of envelopes and hearts floating in the air, with one open letter.',
    },
  },
  digitalHelp: {
    file: 'digital-help.jpg',
    alt: {
      nl: 'Tekening van twee mensen die naast elkaar aan een tafel voor een laptop zitten.',
      fr: 'Dessin de deux personnes assises côte à côte à une table, devant un ordinateur portable.',
      en: 'Drawing of two people sitting side by side at a table in front of a laptop.',
    },
  },
  meal: {
    file: 'meal.jpg',
    alt: {
      nl: 'Tekening van een dampende kom soep en brood op een tafel met een geruit tafelkleed.',
      fr: 'Dessin d’un bol de soupe fumante et de pain sur une table avec une nappe à carreaux.',
      en: 'Drawing of a steaming bowl of soup and bread on a table with a checked tablecloth.',
    },
  },
  knitting: {
    file: 'knitting.jpg',
    alt: {
      nl: 'Tekening van bollen wol in warme kleuren, breinaalden en een half afgebreide sjaal.',
      fr: 'Dessin de pelotes de laine aux couleurs chaudes, d’aiguilles à tricoter et d’une écharpe à moitié tricotée.',
      en: 'Drawing of balls of yarn in warm colours, knitting needles and a half-finished scarf.',
    },
  },
  bike: {
    file: 'bike.jpg',
    alt: {
      nl: 'Tekening van een riksja-fiets met een passagier onder een deken, tussen de bomen.',
      fr: 'Dessin d’un triporteur avec une passagère sous une couverture, entre les arbres.',
      en: 'Drawing of a bike rickshaw with a passenger under a blanket, riding between trees.',
    },
  },
  garden: {
    file: 'garden.jpg',
    alt: {
      nl: 'Tekening van moestuinbakken met planten en een gieter in de zon, met appartementsblokken op de achtergrond.',
      fr: 'Dessin de bacs de potager avec des plantes et un arrosoir au soleil, avec des immeubles à l’arrière-plan.',
      en: 'Drawing of raised vegetable beds with plants and a watering can in the sun, with blocks of flats behind.',
    },
  },
  reading: {
    file: 'reading.jpg',
    alt: {
      nl: 'Tekening van een opengeslagen boek, een kop thee en een leeslamp.',
      fr: 'Dessin d’un livre ouvert, d’une tasse de thé et d’une lampe de lecture.',
      en: 'Drawing of an open book, a cup of tea and a reading lamp.',
    },
  },
  paperwork: {
    file: 'paperwork.jpg',
    alt: {
      nl: 'Tekening van een stapel papieren, een envelop, een pen en een leesbril op tafel.',
      fr: 'Dessin d’une pile de papiers, d’une enveloppe, d’un stylo et de lunettes sur une table.',
      en: 'Drawing of a pile of papers, an envelope, a pen and reading glasses on a table.',
    },
  },
  neighbours: {
    file: 'neighbours.jpg',
    alt: {
      nl: 'Tekening van Brusselse huizen bij valavond, met warm verlichte ramen, een maan en sterren.',
      fr: 'Dessin de maisons bruxelloises à la tombée du jour, avec des fenêtres éclairées, la lune et des étoiles.',
      en: 'Drawing of Brussels houses at dusk, with warmly lit windows, a moon and stars.',
    },
  },
} satisfies Record<string, SeedImage>;

export const stories: SeedStory[] = [
  {
    key: 'jette-walking-buddy',
    title: {
      nl: 'Fernand en Sofie wandelen elke dinsdag',
      fr: 'Fernand et Sofie marchent chaque mardi',
      en: 'Fernand and Sofie walk every Tuesday',
    },
    summary: {
      nl: 'Na veertig jaar op de tram zat Fernand vooral thuis. Nu wandelt hij elke week met Sofie door het Boudewijnpark in Jette.',
      fr: 'Après quarante ans au volant du tram, Fernand ne sortait presque plus. Aujourd’hui, il se promène chaque semaine avec Sofie dans le parc Roi Baudouin, à Jette.',
      en: 'After forty years driving trams, Fernand hardly left home. Now he walks with Sofie every week in King Baudouin Park in Jette.',
    },
    body: {
      nl: [
        'Fernand is 74. Veertig jaar lang reed hij met de tram door Brussel. ‘Ik kende elke halte en elk gezicht,’ zegt hij. Sinds zijn vrouw twee jaar geleden stierf, is het stil geworden in zijn appartement in Jette. Zijn dochter woont in Gent en belt elke zondag. Maar op de andere dagen sprak hij soms met niemand.',
        'Zijn buurvrouw gaf hem een folder van Connecting Brussels. Fernand twijfelde lang. ‘Hulp vragen, dat doe je niet zomaar.’ Toch belde hij op een maandagmorgen. Een medewerker luisterde rustig en vroeg wat hij graag deed. ‘Wandelen,’ zei Fernand. ‘Maar niet alleen.’',
        'Een week later belde Sofie aan. Ze is 38, werkt van thuis en wilde zelf ook meer buiten komen. Sindsdien wandelen ze elke dinsdag een uur in het Boudewijnpark. Fernand vertelt over de oude tramlijnen, Sofie over haar twee katten. Na de wandeling drinken ze vaak nog een koffie op het Kardinaal Mercierplein.',
        '‘Het is geen grote hulp,’ zegt Sofie. ‘We wandelen gewoon samen.’ Fernand ziet dat anders. ‘Op dinsdag heb ik een reden om mijn schoenen aan te trekken. En de rest van de week kijk ik ernaar uit.’',
      ],
      fr: [
        'Fernand a 74 ans. Pendant quarante ans, il a conduit le tram dans Bruxelles. « Je connaissais chaque arrêt et chaque visage », dit-il. Depuis le décès de sa femme, il y a deux ans, son appartement de Jette est devenu bien calme. Sa fille habite à Gand et l’appelle chaque dimanche. Mais les autres jours, il lui arrivait de ne parler à personne.',
        'Sa voisine lui a donné un dépliant de Connecting Brussels. Fernand a longtemps hésité. « Demander de l’aide, ça ne se fait pas comme ça. » Un lundi matin, il a quand même appelé. Une collaboratrice l’a écouté calmement et lui a demandé ce qu’il aimait faire. « Marcher, a répondu Fernand. Mais pas tout seul. »',
        'Une semaine plus tard, Sofie sonnait à sa porte. Elle a 38 ans, travaille de chez elle et avait envie, elle aussi, de sortir davantage. Depuis, ils marchent une heure chaque mardi dans le parc Roi Baudouin. Fernand raconte les anciennes lignes de tram, Sofie parle de ses deux chats. Après la promenade, ils prennent souvent un café place Cardinal Mercier.',
        '« Ce n’est pas une grande aide, dit Sofie. On marche ensemble, c’est tout. » Fernand voit les choses autrement. « Le mardi, j’ai une raison de mettre mes chaussures. Et le reste de la semaine, j’y pense avec plaisir. »',
      ],
      en: [
        'Fernand is 74. For forty years he drove trams across Brussels. ‘I knew every stop and every face,’ he says. Since his wife died two years ago, his flat in Jette has gone quiet. His daughter lives in Ghent and calls every Sunday. But on the other days, he sometimes spoke to no one at all.',
        'His neighbour gave him a Connecting Brussels leaflet. Fernand hesitated for a long time. ‘You don’t just ask for help.’ Still, one Monday morning he called. A staff member listened calmly and asked what he liked doing. ‘Walking,’ said Fernand. ‘But not on my own.’',
        'A week later, Sofie rang his doorbell. She is 38, works from home and wanted to get out more herself. Since then they walk for an hour every Tuesday in King Baudouin Park. Fernand talks about the old tram lines, Sofie about her two cats. Afterwards they often have a coffee on Place Cardinal Mercier.',
        '‘It’s not a big thing,’ says Sofie. ‘We just walk together.’ Fernand sees it differently. ‘On Tuesdays I have a reason to put my shoes on. And the rest of the week, I look forward to it.’',
      ],
    },
    authorName: 'Lotte V.',
    storyDate: '2026-09-03',
    municipality: 'jette',
    cover: covers.walking,
    initiatives: ['wandelbuddy-jette', 'koffietafel-jette'],
    organisations: ['laarbeek-seniors'],
  },
  {
    key: 'schaerbeek-student-letters',
    title: {
      nl: 'Post van studenten voor een woonzorgcentrum in Schaarbeek',
      fr: 'Du courrier d’étudiants pour une maison de repos à Schaerbeek',
      en: 'Letters from students for a care home in Schaerbeek',
    },
    summary: {
      nl: 'Een groep studenten schrijft al een jaar brieven naar bewoners van een woonzorgcentrum in Schaarbeek. En de bewoners schrijven terug.',
      fr: 'Depuis un an, un groupe d’étudiants écrit des lettres aux résidents d’une maison de repos à Schaerbeek. Et les résidents répondent.',
      en: 'For a year now, a group of students has been writing letters to residents of a care home in Schaerbeek. And the residents write back.',
    },
    body: {
      nl: [
        'Het begon vorige winter, met een vraag van een woonzorgcentrum in Schaarbeek. Veel bewoners kregen weinig bezoek. ‘Ze keken elke dag of er post was,’ vertelt een begeleidster. ‘Meestal was er niets.’ Het woonzorgcentrum nam contact op met Connecting Brussels.',
        'Amira studeert sociaal werk aan een hogeschool in de buurt. Ze zag de vraag en vroeg haar klasgenoten om mee te doen. Twintig studenten zeiden ja. Elke maand schrijft elke student een brief aan een vaste bewoner. Ze vertellen over hun lessen, hun kot en hun familie. Sommigen sturen ook een tekening of een foto mee.',
        'Al snel kwam er post terug. Marcel, 91, schreef over zijn jeugd in de Noordwijk. Jeanne, 86, stuurde haar recept voor stoofvlees met bier. ‘Ik heb het gemaakt,’ lacht Amira. ‘Het was beter dan dat van mijn mama. Zeg dat niet tegen haar.’',
        'In juni gingen de studenten voor het eerst op bezoek. Ze aten samen taart en zongen een liedje. Niemand moest zich voorstellen: iedereen kende elkaar al van op papier. Dit jaar schrijven ze gewoon verder. En er staan al tien nieuwe studenten op de lijst.',
      ],
      fr: [
        'Tout a commencé l’hiver dernier, avec une demande d’une maison de repos de Schaerbeek. Beaucoup de résidents recevaient peu de visites. « Ils regardaient chaque jour s’il y avait du courrier, raconte une éducatrice. La plupart du temps, il n’y avait rien. » La maison de repos a contacté Connecting Brussels.',
        'Amira étudie l’assistance sociale dans une haute école du quartier. Elle a vu la demande et a proposé à sa classe de participer. Vingt étudiants ont dit oui. Chaque mois, chacun écrit une lettre à un résident, toujours le même. Ils parlent de leurs cours, de leur kot et de leur famille. Certains ajoutent un dessin ou une photo.',
        'Très vite, les réponses sont arrivées. Marcel, 91 ans, a raconté sa jeunesse dans le quartier Nord. Jeanne, 86 ans, a envoyé sa recette de carbonnades. « Je l’ai faite, sourit Amira. Elle était meilleure que celle de ma maman. Ne lui dites pas. »',
        'En juin, les étudiants sont allés en visite pour la première fois. Ils ont mangé du gâteau et chanté ensemble. Personne n’a dû se présenter : tout le monde se connaissait déjà sur papier. Cette année, ils continuent d’écrire. Et dix nouveaux étudiants sont déjà sur la liste.',
      ],
      en: [
        'It started last winter, with a request from a care home in Schaerbeek. Many residents had few visitors. ‘They checked for post every day,’ says a care worker. ‘Most days there was nothing.’ The care home got in touch with Connecting Brussels.',
        'Amira studies social work at a college nearby. She saw the request and asked her classmates to join in. Twenty students said yes. Every month, each student writes a letter to the same resident. They write about their classes, their student room and their family. Some add a drawing or a photo.',
        'Soon, letters came back. Marcel, 91, wrote about growing up in the North Quarter. Jeanne, 86, sent her recipe for Flemish beef stew. ‘I made it,’ Amira laughs. ‘It was better than my mum’s. Don’t tell her.’',
        'In June the students visited for the first time. They had cake and sang a song together. Nobody needed to introduce themselves: they already knew each other on paper. This year they simply keep writing. And ten new students are already on the list.',
      ],
    },
    authorName: 'Amira B.',
    storyDate: '2026-09-10',
    municipality: 'schaerbeek',
    cover: covers.letters,
    initiatives: ['brieven-woonzorgcentra-schaarbeek', 'pennenvriend-bewoner'],
    organisations: ['zilverdraad'],
  },
  {
    key: 'anderlecht-groceries-three-families',
    title: {
      nl: 'Nadia doet de boodschappen voor drie gezinnen',
      fr: 'Nadia fait les courses pour trois familles',
      en: 'Nadia does the shopping for three families',
    },
    summary: {
      nl: 'Elke zaterdag gaat Nadia uit Anderlecht naar de markt. Niet alleen voor zichzelf, maar ook voor drie gezinnen uit haar straat.',
      fr: 'Chaque samedi, Nadia, d’Anderlecht, va au marché. Pas seulement pour elle, mais aussi pour trois familles de sa rue.',
      en: 'Every Saturday, Nadia from Anderlecht goes to the market. Not just for herself, but also for three families on her street.',
    },
    body: {
      nl: [
        'Nadia woont al twintig jaar in dezelfde straat in Anderlecht, vlak bij het Dapperheidsplein. Ze kent haar buren goed. Toen een oudere buurman zijn heup brak, deed zij zijn boodschappen. ‘Dat was normaal,’ zegt ze. ‘Je laat iemand toch niet zonder brood zitten.’',
        'Via Connecting Brussels kwamen er twee vragen bij. Een jonge mama met een tweeling, die amper buiten komt. En een man die na een ziekte slecht te been is. Een medewerker belde Nadia om te vragen of ze nog tijd had. ‘Drie gezinnen, dat lukt,’ zei ze. ‘Maar niet meer, anders word ik te moe.’',
        'Op vrijdagavond krijgt ze drie lijstjes, via sms of op een briefje onder haar deur. Op zaterdagochtend gaat ze naar de markt aan de Slachthuizen en naar de supermarkt. Ze heeft er een grote boodschappentrolley voor gekocht. De buren betalen haar terug. Soms met een taart of een pot soep erbij.',
        '‘Het gaat niet alleen om melk en groenten,’ zegt Nadia. ‘Ik blijf altijd even staan voor een babbel. Voor sommigen ben ik de enige die ze die week zien.’ Haar tip voor wie wil beginnen: ‘Zeg eerlijk wat je kunt. Eén gezin helpen is ook al veel.’',
      ],
      fr: [
        'Nadia habite depuis vingt ans dans la même rue d’Anderlecht, près de la place de la Vaillance. Elle connaît bien ses voisins. Quand un voisin âgé s’est cassé la hanche, elle a fait ses courses. « C’était normal, dit-elle. On ne laisse pas quelqu’un sans pain. »',
        'Grâce à Connecting Brussels, deux demandes se sont ajoutées. Une jeune maman avec des jumeaux, qui sort à peine de chez elle. Et un homme qui marche difficilement après une maladie. Une collaboratrice a appelé Nadia pour savoir si elle avait encore du temps. « Trois familles, ça va, a-t-elle dit. Mais pas plus, sinon je serai trop fatiguée. »',
        'Le vendredi soir, elle reçoit trois listes, par SMS ou sur un papier glissé sous sa porte. Le samedi matin, elle va au marché des Abattoirs et au supermarché. Elle s’est acheté un grand caddie à roulettes. Les voisins la remboursent. Parfois avec une tarte ou une casserole de soupe en plus.',
        '« Ce n’est pas que du lait et des légumes, dit Nadia. Je reste toujours un moment pour papoter. Pour certains, je suis la seule personne qu’ils voient de la semaine. » Son conseil pour qui veut se lancer : « Dites honnêtement ce que vous pouvez faire. Aider une seule famille, c’est déjà beaucoup. »',
      ],
      en: [
        'Nadia has lived on the same street in Anderlecht, near Place de la Vaillance, for twenty years. She knows her neighbours well. When an older neighbour broke his hip, she did his shopping. ‘That was normal,’ she says. ‘You don’t leave someone without bread.’',
        'Through Connecting Brussels, two more requests came in. A young mum with twins, who hardly gets out. And a man who walks with difficulty after an illness. A staff member called Nadia to ask if she had time for more. ‘Three families, I can do that,’ she said. ‘But no more, or I’ll get too tired.’',
        'On Friday evening she gets three lists, by text message or on a note under her door. On Saturday morning she goes to the Abattoir market and the supermarket. She bought a big shopping trolley for it. The neighbours pay her back. Sometimes with a cake or a pot of soup on top.',
        '‘It’s not only about milk and vegetables,’ says Nadia. ‘I always stay for a little chat. For some of them, I’m the only person they see that week.’ Her advice if you want to start: ‘Be honest about what you can do. Helping one family is already a lot.’',
      ],
    },
    authorName: 'Connecting Brussels',
    storyDate: '2026-09-17',
    municipality: 'anderlecht',
    cover: covers.groceries,
    initiatives: ['boodschappen-anderlecht', 'solidaire-kruidenier-kuregem'],
    organisations: ['de-volle-mand'],
  },
  {
    key: 'uccle-phone-chat-volunteer',
    title: {
      nl: 'Monique belt elke week vier mensen op',
      fr: 'Monique appelle quatre personnes chaque semaine',
      en: 'Monique calls four people every week',
    },
    summary: {
      nl: 'Monique uit Ukkel is een gepensioneerde lerares. Elke week belt ze vier mensen die alleen wonen. Gewoon, voor een babbel.',
      fr: 'Monique, d’Uccle, est une enseignante retraitée. Chaque semaine, elle appelle quatre personnes qui vivent seules. Juste pour papoter.',
      en: 'Monique from Uccle is a retired teacher. Every week she phones four people who live alone. Just for a chat.',
    },
    body: {
      nl: [
        'Monique is 67 en woont in Ukkel. Dertig jaar lang gaf ze aardrijkskunde in een middelbare school. ‘Ik heb altijd graag gepraat,’ lacht ze. ‘Mijn leerlingen weten daar alles van.’ Na haar pensioen zocht ze iets zinvols dat ze van thuis uit kon doen.',
        'Bij Connecting Brussels werd ze vrijwilliger voor de belbabbel. Ze kreeg een korte opleiding: hoe luister je goed, wat doe je als iemand het echt moeilijk heeft, wanneer geef je iets door aan de medewerkers. ‘Ik ben geen hulpverlener,’ zegt ze. ‘Ik ben gewoon iemand die belt. Maar ik weet wie ik kan verwittigen als het nodig is.’',
        'Nu belt ze elke week vier mensen. Georges, 88, praat het liefst over voetbal. Lucienne vertelt over haar kleinkinderen in Canada. Een jongere vrouw, die sinds een ongeval thuis zit, wil vooral horen wat er buiten gebeurt. De gesprekken duren tien minuten of een uur. ‘Dat bepalen zij,’ zegt Monique.',
        'Wat haar het meest raakt? ‘Vorige week zei Georges: u bent de enige die aan mijn verjaardag dacht. Ik had het gewoon in mijn agenda gezet.’ Sindsdien stuurt ze ook een kaartje. ‘Het kost zo weinig. En het doet mij evenveel plezier als hen.’',
      ],
      fr: [
        'Monique a 67 ans et vit à Uccle. Pendant trente ans, elle a enseigné la géographie dans une école secondaire. « J’ai toujours aimé parler, rit-elle. Mes élèves en savent quelque chose. » À la retraite, elle cherchait une activité utile qu’elle pourrait faire de chez elle.',
        'Chez Connecting Brussels, elle est devenue bénévole pour les appels papote. Elle a suivi une courte formation : comment bien écouter, que faire si quelqu’un va vraiment mal, quand passer le relais à l’équipe. « Je ne suis pas une professionnelle, dit-elle. Je suis simplement quelqu’un qui appelle. Mais je sais qui prévenir si c’est nécessaire. »',
        'Aujourd’hui, elle appelle quatre personnes chaque semaine. Georges, 88 ans, préfère parler de football. Lucienne raconte ses petits-enfants au Canada. Une femme plus jeune, coincée chez elle depuis un accident, veut surtout savoir ce qui se passe dehors. Les conversations durent dix minutes ou une heure. « Ce sont eux qui décident », dit Monique.',
        'Ce qui la touche le plus ? « La semaine passée, Georges m’a dit : vous êtes la seule à avoir pensé à mon anniversaire. Je l’avais simplement noté dans mon agenda. » Depuis, elle envoie aussi une carte. « Ça coûte si peu. Et ça me fait autant plaisir qu’à eux. »',
      ],
      en: [
        'Monique is 67 and lives in Uccle. For thirty years she taught geography at a secondary school. ‘I’ve always liked talking,’ she laughs. ‘My pupils could tell you all about it.’ When she retired, she looked for something useful she could do from home.',
        'At Connecting Brussels she became a phone-chat volunteer. She had a short training: how to listen well, what to do if someone is really struggling, when to pass things on to the staff. ‘I’m not a professional,’ she says. ‘I’m just someone who calls. But I know who to tell if it’s needed.’',
        'Now she calls four people every week. Georges, 88, likes to talk about football. Lucienne tells her about her grandchildren in Canada. A younger woman, stuck at home since an accident, mostly wants to hear what is happening outside. The calls last ten minutes or an hour. ‘They decide,’ says Monique.',
        'What touches her most? ‘Last week Georges said: you’re the only one who remembered my birthday. I had simply written it in my diary.’ Since then she also sends a card. ‘It costs so little. And it makes me just as happy as them.’',
      ],
    },
    authorName: 'Lotte V.',
    storyDate: '2026-09-24',
    municipality: 'uccle',
    cover: covers.phoneChat,
    initiatives: ['telefoonketen', 'avondbabbel'],
    organisations: ['warme-draad'],
  },
  {
    key: 'etterbeek-knitting-cafe',
    title: {
      nl: 'Breien en babbelen in Etterbeek',
      fr: 'Tricot et papote à Etterbeek',
      en: 'Knitting and chatting in Etterbeek',
    },
    summary: {
      nl: 'Elke woensdagnamiddag komen mensen in een buurthuis in Etterbeek samen om te breien. De sjaals gaan naar wie het koud heeft. De gesprekken blijven.',
      fr: 'Chaque mercredi après-midi, des gens se retrouvent dans une maison de quartier d’Etterbeek pour tricoter. Les écharpes partent chez ceux qui ont froid. Les conversations restent.',
      en: 'Every Wednesday afternoon, people meet at a community centre in Etterbeek to knit. The scarves go to people who are cold. The conversations stay.',
    },
    body: {
      nl: [
        'Op woensdag om twee uur gaat de deur van het buurthuis open. Op tafel staan koffie, thee en een schaal speculoos. En manden vol wol in alle kleuren. Welkom in het breicafé van Etterbeek.',
        'Het idee kwam van Hilde. ‘Ik breide altijd alleen, voor de tv,’ vertelt ze. ‘Ik dacht: dat kan ook samen.’ Ze plaatste een oproep op Connecting Brussels en vroeg of iemand nog wol over had. Ze kreeg zes zakken wol. En elf mensen die wilden meedoen.',
        'Nu zijn ze met een twintigtal. De jongste is 19, de oudste 93. Wie niet kan breien, leert het ter plaatse. ‘Ik kon niets,’ zegt Youssef, die in de buurt studeert. ‘Na drie weken had ik mijn eerste muts. Ze was scheef, maar ik draag ze toch.’',
        'Wat ze maken, gaat naar een opvang voor daklozen en naar een kraamafdeling. Maar voor Hilde gaat het om iets anders. ‘Sommige mensen zeggen de eerste keer bijna niets. Een paar weken later lachen ze het hardst. Als je handen bezig zijn, praat je makkelijker.’',
        'Zin om mee te doen? Je hoeft niets mee te brengen. Een beetje tijd is genoeg.',
      ],
      fr: [
        'Le mercredi à deux heures, la porte de la maison de quartier s’ouvre. Sur la table : du café, du thé et une assiette de spéculoos. Et des paniers remplis de laine de toutes les couleurs. Bienvenue au café tricot d’Etterbeek.',
        'L’idée vient de Hilde. « Je tricotais toujours seule, devant la télé, raconte-t-elle. Je me suis dit : on peut aussi le faire ensemble. » Elle a lancé un appel sur Connecting Brussels pour trouver de la laine. Elle a reçu six sacs de laine. Et onze personnes qui voulaient participer.',
        'Aujourd’hui, ils sont une vingtaine. Le plus jeune a 19 ans, la plus âgée 93. Ceux qui ne savent pas tricoter apprennent sur place. « Je ne savais rien faire, dit Youssef, qui étudie dans le quartier. Après trois semaines, j’avais mon premier bonnet. Il était de travers, mais je le porte quand même. »',
        'Ce qu’ils fabriquent part vers un centre d’accueil pour sans-abri et une maternité. Mais pour Hilde, l’essentiel est ailleurs. « Certaines personnes ne disent presque rien la première fois. Quelques semaines plus tard, ce sont elles qui rient le plus fort. Quand les mains sont occupées, on parle plus facilement. »',
        'Envie de participer ? Vous ne devez rien apporter. Un peu de temps suffit.',
      ],
      en: [
        'On Wednesdays at two o’clock, the door of the community centre opens. On the table: coffee, tea and a plate of speculoos biscuits. And baskets full of wool in every colour. Welcome to the Etterbeek knitting café.',
        'The idea came from Hilde. ‘I always knitted alone, in front of the TV,’ she says. ‘I thought: we could do this together.’ She posted a request on Connecting Brussels, asking if anyone had spare wool. She got six bags of wool. And eleven people who wanted to join.',
        'Now there are about twenty of them. The youngest is 19, the oldest 93. If you can’t knit, you learn on the spot. ‘I couldn’t do a thing,’ says Youssef, who studies nearby. ‘After three weeks I had my first hat. It was crooked, but I wear it anyway.’',
        'What they make goes to a homeless shelter and a maternity ward. But for Hilde, that is not the main thing. ‘Some people hardly say a word the first time. A few weeks later, they laugh the loudest. When your hands are busy, talking is easier.’',
        'Would you like to join? You don’t need to bring anything. A little time is enough.',
      ],
    },
    authorName: 'Hilde P.',
    storyDate: '2026-10-01',
    municipality: 'etterbeek',
    cover: covers.knitting,
    initiatives: ['breicafe-molenbeek'],
    organisations: ['de-molenwiek'],
  },
  {
    key: 'molenbeek-digital-help-library',
    title: {
      nl: 'Samen aan de laptop in de bib van Molenbeek',
      fr: 'Ensemble devant l’ordinateur à la bibliothèque de Molenbeek',
      en: 'Side by side at the laptop in Molenbeek library',
    },
    summary: {
      nl: 'Elke donderdag helpen vrijwilligers in de bibliotheek van Molenbeek mensen met hun smartphone, tablet of laptop. Zonder haast en zonder moeilijke woorden.',
      fr: 'Chaque jeudi, à la bibliothèque de Molenbeek, des bénévoles aident les gens avec leur smartphone, leur tablette ou leur ordinateur. Sans se presser et sans mots compliqués.',
      en: 'Every Thursday, volunteers at the library in Molenbeek help people with their smartphone, tablet or laptop. No rush and no jargon.',
    },
    body: {
      nl: [
        'Fatima is 71. Haar kleinkinderen wonen in Marokko en Frankrijk. Ze wilde hen graag zien via videobellen, maar haar nieuwe smartphone maakte haar zenuwachtig. ‘Alles ging te snel,’ zegt ze. ‘En ik durfde niets te vragen.’',
        'Via Connecting Brussels kwam ze terecht bij de digitale hulp in de bibliotheek. Elke donderdagnamiddag zitten daar vrijwilligers klaar. Je brengt je eigen toestel mee, of je gebruikt een laptop van de bib. Je stelt je vraag, hoe klein ook.',
        'Thomas is een van de vrijwilligers. Hij is 24 en werkt in de informatica. ‘Ik leg het uit zoals ik het aan mijn oma zou uitleggen,’ zegt hij. ‘Stap voor stap. En ik raak het toestel zo weinig mogelijk aan. Zij moet het zelf kunnen.’',
        'Na vier donderdagen deed Fatima haar eerste videogesprek. Haar kleindochter in Lyon zwaaide naar haar. ‘Ik heb gehuild,’ zegt ze. ‘Van blijdschap.’ Ze komt nog altijd elke week. Niet omdat ze nog veel vragen heeft, maar voor de koffie en het gezelschap.',
        'De vrijwilligers helpen ook om veilig online te gaan: hoe herken je een valse sms, wat doe je met je wachtwoorden. Voor officiële documenten en bankzaken verwijzen ze door naar de juiste dienst.',
      ],
      fr: [
        'Fatima a 71 ans. Ses petits-enfants vivent au Maroc et en France. Elle voulait les voir en appel vidéo, mais son nouveau smartphone la rendait nerveuse. « Tout allait trop vite, dit-elle. Et je n’osais rien demander. »',
        'Grâce à Connecting Brussels, elle a découvert l’aide numérique de la bibliothèque. Chaque jeudi après-midi, des bénévoles sont là. Vous apportez votre propre appareil, ou vous utilisez un ordinateur de la bibliothèque. Vous posez votre question, même toute petite.',
        'Thomas est l’un des bénévoles. Il a 24 ans et travaille dans l’informatique. « J’explique comme je l’expliquerais à ma grand-mère, dit-il. Étape par étape. Et je touche l’appareil le moins possible. C’est elle qui doit savoir le faire. »',
        'Après quatre jeudis, Fatima a passé son premier appel vidéo. Sa petite-fille, à Lyon, lui a fait signe de la main. « J’ai pleuré, dit-elle. De joie. » Elle vient toujours chaque semaine. Pas parce qu’elle a encore beaucoup de questions, mais pour le café et la compagnie.',
        'Les bénévoles aident aussi à utiliser internet en sécurité : comment reconnaître un faux SMS, que faire avec ses mots de passe. Pour les documents officiels et la banque, ils orientent vers le bon service.',
      ],
      en: [
        'Fatima is 71. Her grandchildren live in Morocco and France. She wanted to see them on video calls, but her new smartphone made her nervous. ‘Everything went too fast,’ she says. ‘And I didn’t dare to ask.’',
        'Through Connecting Brussels she found the digital help at the library. Every Thursday afternoon, volunteers are there. You bring your own device, or you use one of the library’s laptops. You ask your question, however small.',
        'Thomas is one of the volunteers. He is 24 and works in IT. ‘I explain it the way I would explain it to my grandma,’ he says. ‘Step by step. And I touch the device as little as possible. She has to be able to do it herself.’',
        'After four Thursdays, Fatima made her first video call. Her granddaughter in Lyon waved at her. ‘I cried,’ she says. ‘Happy tears.’ She still comes every week. Not because she has many questions left, but for the coffee and the company.',
        'The volunteers also help people stay safe online: how to spot a fake text message, what to do with your passwords. For official documents and banking, they point people to the right service.',
      ],
    },
    authorName: 'Connecting Brussels',
    storyDate: '2026-10-07',
    municipality: 'molenbeek',
    cover: covers.digitalHelp,
    initiatives: ['digitale-hulp-bib-sint-gillis', 'smartphonecafe-etterbeek'],
    organisations: ['het-open-boek', 'klikklaar'],
  },
  {
    key: 'saint-gilles-sunday-lunch',
    title: {
      nl: 'Zondagslunch aan één lange tafel in Sint-Gillis',
      fr: 'Le dîner du dimanche à Saint-Gilles, autour d’une grande table',
      en: 'Sunday lunch at one long table in Saint-Gilles',
    },
    summary: {
      nl: 'Eén keer per maand koken buren in Sint-Gillis samen een zondagslunch. Iedereen is welkom, ook wie niets kan meebrengen.',
      fr: 'Une fois par mois, des voisins de Saint-Gilles cuisinent ensemble un dîner du dimanche. Tout le monde est le bienvenu, même sans rien apporter.',
      en: 'Once a month, neighbours in Saint-Gilles cook a Sunday lunch together. Everyone is welcome, even if you can’t bring anything.',
    },
    body: {
      nl: [
        'Voor veel mensen is de zondag de langste dag van de week. Geen werk, geen winkels, geen afspraken. ‘Op zondag voelde ik me het eenzaamst,’ zegt Rita, 79. ‘Op andere dagen hoor je nog geluid op straat. Op zondag is het stil.’',
        'Jonas en zijn huisgenoten wilden daar iets aan doen. Ze koken graag voor veel mensen, maar hun appartement is te klein. Via Connecting Brussels vonden ze een parochiezaal die ze één zondag per maand mogen gebruiken. En een handvol buren die graag mee koken.',
        'Om half twaalf begint het koken. Om één uur schuiven veertig mensen aan. Er is soep, een warme schotel en een dessert. Wie kan, steekt een kleine bijdrage in een potje. Wie niet kan, geeft niets. Niemand kijkt ernaar.',
        'Rita komt nu elke maand. Ze helpt met de afwas en kent intussen de halve zaal bij naam. ‘Ik heb er een vriendin bij,’ zegt ze. ‘We gaan nu ook op woensdag samen naar de markt.’',
        'De groep wil de lunch elke zondag organiseren. Daarom dienen ze een aanvraag in bij de projectoproep van Connecting Brussels. ‘Met wat steun kunnen we een tweede kookploeg opleiden,’ zegt Jonas. ‘Dan houden we dit lang vol.’',
      ],
      fr: [
        'Pour beaucoup de gens, le dimanche est le jour le plus long de la semaine. Pas de travail, pas de magasins, pas de rendez-vous. « C’est le dimanche que je me sentais le plus seule, dit Rita, 79 ans. Les autres jours, on entend encore du bruit dans la rue. Le dimanche, tout est calme. »',
        'Jonas et ses colocataires ont voulu faire quelque chose. Ils aiment cuisiner pour beaucoup de monde, mais leur appartement est trop petit. Grâce à Connecting Brussels, ils ont trouvé une salle paroissiale qu’ils peuvent utiliser un dimanche par mois. Et quelques voisins qui aiment cuisiner avec eux.',
        'À onze heures et demie, on commence à cuisiner. À une heure, quarante personnes passent à table. Il y a de la soupe, un plat chaud et un dessert. Ceux qui peuvent mettent une petite contribution dans un pot. Ceux qui ne peuvent pas ne donnent rien. Personne ne regarde.',
        'Rita vient maintenant chaque mois. Elle aide à faire la vaisselle et connaît déjà la moitié de la salle par son prénom. « Je me suis fait une nouvelle amie, dit-elle. Maintenant, on va aussi au marché ensemble le mercredi. »',
        'Le groupe veut organiser le dîner chaque dimanche. Il va donc répondre à l’appel à projets de Connecting Brussels. « Avec un peu de soutien, on peut former une deuxième équipe en cuisine, dit Jonas. Comme ça, on pourra tenir sur la durée. »',
      ],
      en: [
        'For many people, Sunday is the longest day of the week. No work, no shops, no appointments. ‘Sunday was when I felt loneliest,’ says Rita, 79. ‘On other days you still hear noise in the street. On Sundays it’s quiet.’',
        'Jonas and his housemates wanted to do something about it. They love cooking for a crowd, but their flat is too small. Through Connecting Brussels they found a parish hall they can use one Sunday a month. And a handful of neighbours who like to cook.',
        'Cooking starts at half past eleven. At one o’clock, forty people sit down. There is soup, a hot dish and a dessert. Those who can put a small contribution in a jar. Those who can’t give nothing. Nobody checks.',
        'Rita now comes every month. She helps with the washing-up and knows half the room by name. ‘I’ve made a new friend,’ she says. ‘We now go to the market together on Wednesdays too.’',
        'The group wants to hold the lunch every Sunday. So they are applying to the Connecting Brussels project call. ‘With some support we can train a second cooking team,’ says Jonas. ‘Then we can keep this going.’',
      ],
    },
    authorName: 'Jonas D.',
    storyDate: '2026-10-13',
    municipality: 'saint-gilles',
    cover: covers.meal,
    initiatives: ['zondagslunch-koekelberg', 'ontmoetingsrestaurant-ukkel'],
    organisations: ['buurtkamer-basiliek', 'de-zonnewijzer'],
  },
  {
    key: 'ixelles-language-walk',
    title: {
      nl: 'Hoe ik Brussel leerde kennen tijdens een taalwandeling',
      fr: 'Comment j’ai découvert Bruxelles lors d’une balade linguistique',
      en: 'How I got to know Brussels on a language walk',
    },
    summary: {
      nl: 'Inês kwam uit Lissabon naar Brussel voor haar werk. Ze kende er niemand. Een taalwandeling in Elsene bracht daar verandering in.',
      fr: 'Inês est arrivée de Lisbonne à Bruxelles pour son travail. Elle ne connaissait personne. Une balade linguistique à Ixelles a tout changé.',
      en: 'Inês moved from Lisbon to Brussels for work. She knew nobody. A language walk in Ixelles changed that.',
    },
    body: {
      nl: [
        'Ik kwam twee jaar geleden naar Brussel voor mijn werk. Overdag had ik het druk. Maar ’s avonds en in het weekend zat ik alleen in mijn studio in Elsene. Mijn collega’s waren vriendelijk, maar ze hadden hun eigen leven. Ik sprak Engels op het werk en Portugees met mijn familie aan de telefoon. Met mijn buren sprak ik niet.',
        'Op Connecting Brussels zag ik een taalwandeling. Elke zaterdagochtend vertrekt een groep aan het Flageyplein voor een toer rond de vijvers van Elsene. De eerste helft spreek je Frans, de tweede helft Nederlands. Iedereen mag fouten maken. Dat is zelfs de bedoeling.',
        'De eerste keer was ik zenuwachtig. Mijn Frans was slecht en mijn Nederlands bestond uit ‘dank u’ en ‘alstublieft’. Maar ik liep naast Paul, een gepensioneerde postbode, die heel traag en duidelijk sprak. Hij wees me de mooiste art-nouveauhuizen aan. Ik vertelde hem over Lissabon.',
        'Nu, een jaar later, wandel ik nog altijd mee. Mijn Frans is veel beter. Mijn Nederlands groeit langzaam. Maar het belangrijkste is: ik ken mensen. Als ik ziek ben, brengt iemand soep. Als Paul zijn verjaardag viert, ben ik uitgenodigd. Brussel voelt nu als thuis.',
      ],
      fr: [
        'Je suis arrivée à Bruxelles il y a deux ans pour mon travail. La journée, j’étais bien occupée. Mais le soir et le week-end, j’étais seule dans mon studio à Ixelles. Mes collègues étaient gentils, mais ils avaient leur vie. Je parlais anglais au travail et portugais avec ma famille au téléphone. Avec mes voisins, je ne parlais pas.',
        'Sur Connecting Brussels, j’ai vu une balade linguistique. Chaque samedi matin, un groupe part de la place Flagey pour faire le tour des étangs d’Ixelles. La première moitié, on parle français, la seconde, néerlandais. Tout le monde a le droit de faire des fautes. C’est même le but.',
        'La première fois, j’étais nerveuse. Mon français était mauvais et mon néerlandais se limitait à « dank u » et « alstublieft ». Mais j’ai marché à côté de Paul, un facteur retraité, qui parlait lentement et clairement. Il m’a montré les plus belles maisons Art nouveau. Je lui ai parlé de Lisbonne.',
        'Un an plus tard, je marche toujours avec le groupe. Mon français est bien meilleur. Mon néerlandais progresse lentement. Mais le plus important, c’est que je connais des gens. Quand je suis malade, quelqu’un m’apporte de la soupe. Quand Paul fête son anniversaire, je suis invitée. Bruxelles, c’est maintenant chez moi.',
      ],
      en: [
        'I moved to Brussels two years ago for my job. During the day I was busy. But in the evenings and at weekends I sat alone in my studio flat in Ixelles. My colleagues were kind, but they had their own lives. I spoke English at work and Portuguese with my family on the phone. I didn’t speak to my neighbours at all.',
        'On Connecting Brussels I saw a language walk. Every Saturday morning a group leaves from Place Flagey and walks around the Ixelles ponds. For the first half you speak French, for the second half Dutch. Everyone is allowed to make mistakes. That is actually the point.',
        'The first time I was nervous. My French was poor and my Dutch was just ‘dank u’ and ‘alstublieft’. But I walked next to Paul, a retired postman, who spoke slowly and clearly. He showed me the finest Art Nouveau houses. I told him about Lisbon.',
        'A year later, I still walk with the group. My French is much better. My Dutch is growing slowly. But the main thing is: I know people. When I’m ill, someone brings soup. When Paul has his birthday, I’m invited. Brussels feels like home now.',
      ],
    },
    authorName: 'Inês R.',
    storyDate: '2026-10-20',
    municipality: 'ixelles',
    cover: covers.walking,
    initiatives: ['taalwandelingen', 'studentenbuddy-elsene'],
    organisations: ['campus-hart', 'open-deur'],
  },
  {
    key: 'watermael-boitsfort-bike-rides',
    title: {
      nl: 'Met de riksja door het Zoniënwoud',
      fr: 'En triporteur dans la forêt de Soignes',
      en: 'By rickshaw through the Sonian Forest',
    },
    summary: {
      nl: 'In Watermaal-Bosvoorde nemen vrijwillige fietsers bewoners van een woonzorgcentrum mee op tocht. Met de wind in de haren, zoals vroeger.',
      fr: 'À Watermael-Boitsfort, des cyclistes bénévoles emmènent des résidents d’une maison de repos en balade. Les cheveux au vent, comme avant.',
      en: 'In Watermael-Boitsfort, volunteer cyclists take care home residents out for rides. Wind in their hair, just like before.',
    },
    body: {
      nl: [
        'Jacqueline is 88. Ver stappen lukt niet meer. Het Zoniënwoud, waar ze vroeger elke zondag wandelde, had ze al jaren niet meer gezien. Tot Pieter op een zonnige ochtend aan de deur van haar woonzorgcentrum stond. Met een riksja: een fiets met vooraan een bankje voor twee.',
        'Pieter is 52 en fietst elke dag naar zijn werk. Via Connecting Brussels vond hij een groep vrijwilligers die ritjes maken met oudere mensen. Hij kreeg een korte opleiding: veilig rijden, zacht remmen, goed letten op je passagier. Nu rijdt hij elke zaterdag.',
        'De tocht gaat langs de vijvers het bos in. Jacqueline zit onder een warme deken. Ze wijst de bomen aan die ze nog kent. ‘Hier heb ik mijn man leren kennen,’ zegt ze bij een bank aan de rand van het bos. Pieter stopt even. Ze blijven er een kwartier, in stilte.',
        '‘Het gaat niet om de kilometers,’ zegt Pieter. ‘Het gaat om de verhalen die onderweg bovenkomen.’ De groep zoekt nog fietsers, vooral op weekdagen. Je hoeft geen sportieveling te zijn: de riksja heeft elektrische trapondersteuning.',
      ],
      fr: [
        'Jacqueline a 88 ans. Elle ne peut plus marcher longtemps. La forêt de Soignes, où elle se promenait chaque dimanche, elle ne l’avait plus vue depuis des années. Jusqu’au matin ensoleillé où Pieter s’est présenté à la porte de sa maison de repos. Avec un triporteur : un vélo avec, à l’avant, une banquette pour deux personnes.',
        'Pieter a 52 ans et va au travail à vélo tous les jours. Grâce à Connecting Brussels, il a trouvé un groupe de bénévoles qui font des balades avec des personnes âgées. Il a suivi une courte formation : rouler en sécurité, freiner en douceur, bien veiller sur son passager. Aujourd’hui, il roule chaque samedi.',
        'La balade longe les étangs, puis entre dans la forêt. Jacqueline est assise sous une couverture bien chaude. Elle montre les arbres qu’elle reconnaît. « C’est ici que j’ai rencontré mon mari », dit-elle près d’un banc à l’orée du bois. Pieter s’arrête. Ils restent là un quart d’heure, en silence.',
        '« Ce ne sont pas les kilomètres qui comptent, dit Pieter. Ce sont les histoires qui remontent en chemin. » Le groupe cherche encore des cyclistes, surtout en semaine. Pas besoin d’être sportif : le triporteur a une assistance électrique.',
      ],
      en: [
        'Jacqueline is 88. She can’t walk far any more. She used to walk in the Sonian Forest every Sunday, but she hadn’t seen it for years. Until one sunny morning, when Pieter turned up at the door of her care home. With a rickshaw: a bike with a bench for two at the front.',
        'Pieter is 52 and cycles to work every day. Through Connecting Brussels he found a group of volunteers who take older people out for rides. He had a short training: riding safely, braking gently, looking after your passenger. Now he rides every Saturday.',
        'The ride goes past the ponds and into the forest. Jacqueline sits under a warm blanket. She points out the trees she remembers. ‘This is where I met my husband,’ she says, near a bench at the edge of the woods. Pieter stops. They stay there for a quarter of an hour, in silence.',
        '‘It’s not about the kilometres,’ says Pieter. ‘It’s about the stories that come up along the way.’ The group is still looking for riders, especially on weekdays. You don’t need to be sporty: the rickshaw has electric assistance.',
      ],
    },
    authorName: 'Connecting Brussels',
    storyDate: '2026-10-27',
    municipality: 'watermael-boitsfort',
    cover: covers.bike,
    initiatives: ['fietstaxi-woluwe'],
    organisations: ['trappers-van-hart'],
  },
  {
    key: 'evere-community-garden',
    title: {
      nl: 'Een moestuin in Evere waar niemand alleen wiedt',
      fr: 'Un potager à Evere où personne ne désherbe seul',
      en: 'A vegetable garden in Evere where nobody weeds alone',
    },
    summary: {
      nl: 'Tussen de appartementsblokken in Evere ligt een kleine moestuin. Buren van alle leeftijden kweken er groenten. En vriendschap.',
      fr: 'Entre les immeubles d’Evere, il y a un petit potager. Des voisins de tous âges y font pousser des légumes. Et de l’amitié.',
      en: 'Between the blocks of flats in Evere there is a small vegetable garden. Neighbours of all ages grow vegetables there. And friendships.',
    },
    body: {
      nl: [
        'Achter een rij appartementsblokken in Evere lag jarenlang een stuk gras waar niemand kwam. Vandaag staan er tien bakken met groenten, een kleine serre en een bank in de zon. De buren noemen het gewoon ‘de tuin’. Meer naam heeft het niet nodig.',
        'Het begon met Ahmed, 66. Vroeger had hij een grote tuin in Turkije, en hij miste het werken met de aarde. Via Connecting Brussels vroeg hij of iemand mee wilde tuinieren. Een medewerker bracht hem in contact met de huisvestingsmaatschappij en met een buurtorganisatie die gereedschap uitleent.',
        'Nu tuinieren een vijftiental buren samen. Rosa, die slecht te been is, zaait tomaten in potjes op haar vensterbank. Twee kinderen van de derde verdieping geven elke avond water. Ahmed geeft raad aan wie erom vraagt, en soms ook aan wie er niet om vraagt. ‘Dat hoort erbij,’ lacht hij.',
        'In september was er een oogstfeest. Er was pompoensoep en muntthee, allemaal uit de tuin. ‘Vroeger groetten we elkaar in de lift,’ zegt een buurvrouw. ‘Nu kennen we elkaars naam. En wie hulp nodig heeft, krijgt die.’',
      ],
      fr: [
        'Derrière une rangée d’immeubles à Evere, il y avait depuis des années un bout de pelouse où personne n’allait. Aujourd’hui, on y trouve dix bacs de légumes, une petite serre et un banc au soleil. Les voisins l’appellent simplement « le jardin ». Pas besoin d’un autre nom.',
        'Tout a commencé avec Ahmed, 66 ans. Autrefois, il avait un grand jardin en Turquie, et le travail de la terre lui manquait. Via Connecting Brussels, il a demandé si quelqu’un voulait jardiner avec lui. Une collaboratrice l’a mis en contact avec la société de logement et avec une association de quartier qui prête des outils.',
        'Aujourd’hui, une quinzaine de voisins jardinent ensemble. Rosa, qui marche difficilement, sème des tomates dans des pots sur l’appui de sa fenêtre. Deux enfants du troisième étage arrosent chaque soir. Ahmed donne des conseils à ceux qui en demandent, et parfois aussi à ceux qui n’en demandent pas. « Ça fait partie du jeu », rit-il.',
        'En septembre, il y a eu une fête des récoltes. Il y avait de la soupe au potiron et du thé à la menthe, tout venait du jardin. « Avant, on se disait bonjour dans l’ascenseur, dit une voisine. Maintenant, on connaît nos prénoms. Et celui qui a besoin d’aide en reçoit. »',
      ],
      en: [
        'Behind a row of flats in Evere, there was for years a patch of grass where nobody went. Today there are ten vegetable beds, a small greenhouse and a bench in the sun. The neighbours simply call it ‘the garden’. It doesn’t need any other name.',
        'It started with Ahmed, 66. He used to have a big garden in Turkey and missed working the soil. Through Connecting Brussels he asked if anyone wanted to garden with him. A staff member put him in touch with the housing company and with a local group that lends out tools.',
        'Now about fifteen neighbours garden together. Rosa, who has trouble walking, sows tomatoes in pots on her windowsill. Two children from the third floor water the plants every evening. Ahmed gives advice to anyone who asks, and sometimes to people who don’t. ‘That’s part of it,’ he laughs.',
        'In September there was a harvest party. There was pumpkin soup and mint tea, all from the garden. ‘We used to say hello in the lift,’ says a neighbour. ‘Now we know each other’s names. And anyone who needs help gets it.’',
      ],
    },
    authorName: 'Sarah L.',
    storyDate: '2026-11-02',
    municipality: 'evere',
    cover: covers.garden,
    initiatives: ['moestuin-bosvoorde', 'oogstmaaltijd-bosvoorde'],
    organisations: ['tuinkring-zonienrand'],
  },
  {
    key: 'koekelberg-reading-aloud',
    title: {
      nl: 'Noor leest voor aan André in Koekelberg',
      fr: 'Noor fait la lecture à André, à Koekelberg',
      en: 'Noor reads aloud to André in Koekelberg',
    },
    summary: {
      nl: 'Door zijn ogen kan André niet meer lezen. Elke vrijdag komt Noor langs om voor te lezen. Van de krant tot een dikke detective.',
      fr: 'À cause de ses yeux, André ne peut plus lire. Chaque vendredi, Noor vient lui faire la lecture. Du journal à un gros roman policier.',
      en: 'André can no longer read because of his eyesight. Every Friday, Noor comes round to read to him. From the newspaper to a thick detective novel.',
    },
    body: {
      nl: [
        'André is 82 en woont vlak bij de basiliek van Koekelberg. Hij heeft zijn hele leven gelezen: kranten, romans, geschiedenisboeken. Maar zijn ogen gaan achteruit. Letters worden vlekken. ‘Dat was erger dan mijn knieën,’ zegt hij. ‘Lezen was mijn venster op de wereld.’',
        'Zijn huisarts vertelde hem over Connecting Brussels. André vroeg iemand die wilde voorlezen. Noor, 29, reageerde meteen. Ze is verpleegkundige, werkt in ploegen en heeft op vrijdagnamiddag vrij. ‘Ik lees graag luidop,’ zegt ze. ‘Vroeger deed ik dat voor mijn kleine broer.’',
        'Ze beginnen altijd met de krant. André kiest de artikels, Noor leest. Daarna volgt een hoofdstuk uit een boek. Nu is dat een dikke detective die zich in Brussel afspeelt. ‘Hij raadt altijd wie de moordenaar is,’ zegt Noor. ‘Ik nooit.’',
        'Soms lezen ze weinig en praten ze veel. Over de wijk, over vroeger, over Noors werk in het ziekenhuis. ‘Ze komt om voor te lezen,’ zegt André. ‘Maar eigenlijk komt ze gewoon op bezoek. En dat is het mooiste.’',
      ],
      fr: [
        'André a 82 ans et habite tout près de la basilique de Koekelberg. Il a lu toute sa vie : des journaux, des romans, des livres d’histoire. Mais sa vue baisse. Les lettres deviennent des taches. « C’était pire que mes genoux, dit-il. La lecture, c’était ma fenêtre sur le monde. »',
        'Son médecin traitant lui a parlé de Connecting Brussels. André a demandé quelqu’un pour lui faire la lecture. Noor, 29 ans, a tout de suite répondu. Elle est infirmière, travaille en horaires décalés et a congé le vendredi après-midi. « J’aime lire à voix haute, dit-elle. Avant, je le faisais pour mon petit frère. »',
        'Ils commencent toujours par le journal. André choisit les articles, Noor lit. Ensuite vient un chapitre d’un livre. En ce moment, c’est un gros roman policier qui se passe à Bruxelles. « Il devine toujours qui est l’assassin, dit Noor. Moi, jamais. »',
        'Parfois, ils lisent peu et parlent beaucoup. Du quartier, du passé, du travail de Noor à l’hôpital. « Elle vient pour me faire la lecture, dit André. Mais en fait, elle vient surtout me rendre visite. Et c’est ça le plus beau. »',
      ],
      en: [
        'André is 82 and lives close to the Koekelberg Basilica. He has read all his life: newspapers, novels, history books. But his eyesight is failing. Letters turn into smudges. ‘That was worse than my knees,’ he says. ‘Reading was my window on the world.’',
        'His GP told him about Connecting Brussels. André asked for someone to read to him. Noor, 29, replied straight away. She is a nurse, works shifts and has Friday afternoons off. ‘I like reading aloud,’ she says. ‘I used to do it for my little brother.’',
        'They always start with the newspaper. André picks the articles, Noor reads. Then comes a chapter of a book. Right now it’s a thick detective novel set in Brussels. ‘He always guesses who the murderer is,’ says Noor. ‘I never do.’',
        'Some days they read little and talk a lot. About the neighbourhood, the old days, Noor’s work at the hospital. ‘She comes to read to me,’ says André. ‘But really, she comes to visit. And that’s the best part.’',
      ],
    },
    authorName: 'Lotte V.',
    storyDate: '2026-11-05',
    municipality: 'koekelberg',
    cover: covers.reading,
    initiatives: ['voorleesdienst-woluwe', 'boeken-aan-huis'],
    organisations: ['duo-woluwe', 'het-open-boek'],
  },
  {
    key: 'forest-paperwork-help',
    title: {
      nl: 'Papierwerk zonder stress in Vorst',
      fr: 'Des papiers sans stress à Forest',
      en: 'Paperwork without the stress in Forest',
    },
    summary: {
      nl: 'Brieven van de belastingen, de mutualiteit of de energieleverancier: voor veel mensen zijn ze een bron van zorgen. In Vorst helpen vrijwilligers om er samen door te gaan.',
      fr: 'Des lettres des impôts, de la mutuelle ou du fournisseur d’énergie : pour beaucoup de gens, c’est une source de soucis. À Forest, des bénévoles aident à s’y retrouver.',
      en: 'Letters from the tax office, the health insurance fund or the energy supplier: for many people they are a source of worry. In Forest, volunteers help people go through them.',
    },
    body: {
      nl: [
        'Op de keukentafel van Mireille, 76, lag een stapel enveloppen. Sommige had ze niet eens geopend. ‘Ik was bang voor wat erin stond,’ zegt ze. ‘Sinds mijn man er niet meer is, moet ik alles zelf doen. Hij deed altijd de papieren.’',
        'Haar buurvrouw belde voor haar naar Connecting Brussels. Twee weken later kwam Bart langs. Hij is 61, gepensioneerd boekhouder en woont ook in Vorst. Hij helpt een paar mensen met hun post. ‘Niet om alles over te nemen,’ zegt hij. ‘Wel om samen te bekijken wat dringend is en wat niet.’',
        'Samen maakten ze drie mappen: betalen, bewaren, vragen. Bart legde uit wat een domiciliëring is. Samen ontdekten ze dat Mireille recht had op het sociaal tarief voor energie. Voor moeilijke dossiers verwijst hij door naar het OCMW of een sociale dienst. ‘Dat is hun vak, niet het mijne,’ zegt hij.',
        'Nu opent Mireille haar post elke maandag, met een tas koffie erbij. Bart komt nog één keer per maand. ‘Vaak hebben we na tien minuten alles gezien,’ zegt hij. ‘Dan praten we nog een uur over haar kleinkinderen.’ Mireille lacht: ‘De papieren zijn een excuus geworden.’',
      ],
      fr: [
        'Sur la table de la cuisine de Mireille, 76 ans, il y avait une pile d’enveloppes. Certaines n’étaient même pas ouvertes. « J’avais peur de ce qu’il y avait dedans, dit-elle. Depuis que mon mari n’est plus là, je dois tout faire moi-même. C’est lui qui s’occupait toujours des papiers. »',
        'Sa voisine a appelé Connecting Brussels pour elle. Deux semaines plus tard, Bart est passé. Il a 61 ans, il est comptable retraité et habite aussi à Forest. Il aide quelques personnes avec leur courrier. « Pas pour tout faire à leur place, dit-il. Mais pour regarder ensemble ce qui est urgent et ce qui ne l’est pas. »',
        'Ensemble, ils ont fait trois fardes : payer, garder, demander. Bart a expliqué ce qu’est une domiciliation. Ensemble, ils ont découvert que Mireille avait droit au tarif social pour l’énergie. Pour les dossiers compliqués, il oriente vers le CPAS ou un service social. « C’est leur métier, pas le mien », dit-il.',
        'Maintenant, Mireille ouvre son courrier chaque lundi, avec une tasse de café. Bart passe encore une fois par mois. « Souvent, après dix minutes, on a tout vu, dit-il. Ensuite, on parle encore une heure de ses petits-enfants. » Mireille rit : « Les papiers sont devenus une excuse. »',
      ],
      en: [
        'On Mireille’s kitchen table there was a pile of envelopes. Some she had not even opened. ‘I was scared of what was inside,’ says the 76-year-old. ‘Since my husband passed away, I have to do everything myself. He always did the paperwork.’',
        'Her neighbour called Connecting Brussels for her. Two weeks later, Bart came round. He is 61, a retired accountant, and he also lives in Forest. He helps a few people with their post. ‘Not to take everything over,’ he says. ‘But to look together at what is urgent and what isn’t.’',
        'Together they made three folders: to pay, to keep, to ask about. Bart explained what a direct debit is. Together they found out that Mireille was entitled to the social energy tariff. For difficult cases he refers people to the CPAS, the public social welfare centre, or another social service. ‘That’s their job, not mine,’ he says.',
        'Now Mireille opens her post every Monday, with a cup of coffee. Bart still comes once a month. ‘Often we’ve seen everything after ten minutes,’ he says. ‘Then we talk for another hour about her grandchildren.’ Mireille laughs: ‘The paperwork has become an excuse.’',
      ],
    },
    authorName: 'Connecting Brussels',
    storyDate: '2026-11-09',
    municipality: 'forest',
    cover: covers.paperwork,
    initiatives: ['papierhulp-arabisch-turks', 'infopunt-formulieren-sint-gillis'],
    organisations: ['het-open-boek', 'open-deur'],
  },
  {
    key: 'ganshoren-hospital-appointments',
    title: {
      nl: 'Iemand naast je in de wachtzaal',
      fr: 'Quelqu’un à vos côtés dans la salle d’attente',
      en: 'Someone beside you in the waiting room',
    },
    summary: {
      nl: 'Alleen naar het ziekenhuis gaan is voor veel mensen zwaar. In Ganshoren gaat Luc mee met wie dat wil. Hij let op de tram, en houdt een hand vast als het moet.',
      fr: 'Aller seul à l’hôpital, c’est dur pour beaucoup de gens. À Ganshoren, Luc accompagne ceux qui le souhaitent. Il surveille le tram, et tient une main s’il le faut.',
      en: 'Going to hospital alone is hard for many people. In Ganshoren, Luc goes along with anyone who would like company. He keeps an eye on the tram, and holds a hand if needed.',
    },
    body: {
      nl: [
        'Simone, 81, woont alleen in Ganshoren. Elke maand moest ze naar het ziekenhuis voor een controle. Het is niet ver, maar de tram, de lange gangen en de wachtzaal maakten haar bang. ‘Soms ging ik gewoon niet,’ geeft ze toe. ‘En dan belde de dokter.’',
        'Via Connecting Brussels leerde ze Luc kennen. Hij is 65, net met pensioen en woont twee straten verder. Hij gaat mee naar afspraken: bij de dokter, in het ziekenhuis, bij de kinesist. Hij neemt er de tijd voor. ‘Mijn agenda staat nu vol met de afspraken van anderen,’ lacht hij.',
        'Luc gaat niet mee de spreekkamer in, tenzij Simone dat vraagt. Hij wacht met een boek. Daarna drinken ze samen koffie in de cafetaria, en schrijft hij de volgende afspraak op een groot briefje voor haar koelkast. ‘Ik ben geen verpleger,’ zegt hij. ‘Ik ben gewoon een buur met tijd.’',
        'Simone mist nu geen enkele afspraak meer. ‘Het is raar,’ zegt ze. ‘Ik kijk er bijna naar uit. Niet naar de dokter, hé. Naar de koffie met Luc.’',
      ],
      fr: [
        'Simone, 81 ans, vit seule à Ganshoren. Chaque mois, elle devait aller à l’hôpital pour un contrôle. Ce n’est pas loin, mais le tram, les longs couloirs et la salle d’attente lui faisaient peur. « Parfois, je n’y allais tout simplement pas, avoue-t-elle. Et puis le médecin téléphonait. »',
        'Grâce à Connecting Brussels, elle a rencontré Luc. Il a 65 ans, vient de prendre sa pension et habite deux rues plus loin. Il accompagne des gens à leurs rendez-vous : chez le médecin, à l’hôpital, chez le kiné. Il prend son temps. « Mon agenda est maintenant plein des rendez-vous des autres », rit-il.',
        'Luc n’entre pas dans le cabinet, sauf si Simone le demande. Il attend avec un livre. Ensuite, ils boivent un café à la cafétéria et il note le prochain rendez-vous sur un grand papier pour son frigo. « Je ne suis pas infirmier, dit-il. Je suis juste un voisin qui a du temps. »',
        'Simone ne rate plus aucun rendez-vous. « C’est bizarre, dit-elle. J’attends presque ce moment avec plaisir. Pas le médecin, hein. Le café avec Luc. »',
      ],
      en: [
        'Simone, 81, lives alone in Ganshoren. Every month she had to go to hospital for a check-up. It isn’t far, but the tram, the long corridors and the waiting room frightened her. ‘Sometimes I just didn’t go,’ she admits. ‘And then the doctor would ring.’',
        'Through Connecting Brussels she met Luc. He is 65, recently retired, and lives two streets away. He goes along to appointments: at the doctor’s, at the hospital, at the physio. He takes his time. ‘My diary is now full of other people’s appointments,’ he laughs.',
        'Luc doesn’t go into the consulting room unless Simone asks him to. He waits with a book. Afterwards they have a coffee in the cafeteria, and he writes the next appointment on a big note for her fridge. ‘I’m not a nurse,’ he says. ‘I’m just a neighbour with time.’',
        'Simone no longer misses a single appointment. ‘It’s strange,’ she says. ‘I almost look forward to it. Not to the doctor, mind you. To the coffee with Luc.’',
      ],
    },
    authorName: 'Eva S.',
    storyDate: '2026-11-13',
    municipality: 'ganshoren',
    cover: covers.walking,
    initiatives: ['begeleiding-medische-afspraken-ukkel'],
    organisations: ['de-zonnewijzer'],
  },
  {
    key: 'woluwe-student-and-neighbour',
    title: {
      nl: 'Mateo wilde helpen en vond zelf gezelschap',
      fr: 'Mateo voulait aider, il a trouvé de la compagnie',
      en: 'Mateo wanted to help, and found company',
    },
    summary: {
      nl: 'Student Mateo voelde zich eenzaam in zijn kot in Sint-Lambrechts-Woluwe. Hij bood hulp aan via Connecting Brussels. Zo leerde hij Yvonne kennen. En de stoemp.',
      fr: 'Étudiant, Mateo se sentait seul dans son kot à Woluwe-Saint-Lambert. Il a proposé son aide via Connecting Brussels. C’est comme ça qu’il a rencontré Yvonne. Et le stoemp.',
      en: 'Student Mateo felt lonely in his student room in Woluwe-Saint-Lambert. He offered help through Connecting Brussels. That is how he met Yvonne. And stoemp.',
    },
    body: {
      nl: [
        'Mateo is 23 en komt uit Valencia. Hij studeert geneeskunde in Sint-Lambrechts-Woluwe. De eerste maanden waren zwaar. ‘De andere studenten gingen in het weekend naar huis,’ vertelt hij. ‘Ik bleef alleen achter op mijn kot. In november zag ik de zon bijna niet.’',
        'Om hulp vragen wilde hij niet. ‘Ik vond dat ik niet mocht klagen.’ Dus bood hij zelf hulp aan op Connecting Brussels: boodschappen doen, een lamp vervangen, wat gezelschap. Een medewerker bracht hem in contact met Yvonne, 84, die drie huizen verder woont.',
        'De eerste keer hing hij een gordijn op. De tweede keer herstelde hij haar televisie. De derde keer zei Yvonne: ‘Blijf toch eten.’ Sindsdien koken ze elke donderdag samen. Zij leert hem stoemp met worst maken, hij leert haar paella. ‘Haar stoemp is beter dan mijn paella,’ geeft hij toe.',
        '‘Ik dacht dat ik haar hielp,’ zegt Mateo. ‘Maar zij hielp mij evengoed.’ Yvonne knikt. ‘Hij is mijn kleinzoon van de donderdag.’ Eenzaamheid, zegt Mateo, is niet alleen iets van oudere mensen. ‘Je kunt je ook op je drieëntwintigste eenzaam voelen. Het helpt om dat hardop te zeggen.’',
      ],
      fr: [
        'Mateo a 23 ans et vient de Valence, en Espagne. Il étudie la médecine à Woluwe-Saint-Lambert. Les premiers mois ont été difficiles. « Les autres étudiants rentraient chez eux le week-end, raconte-t-il. Moi, je restais seul dans mon kot. En novembre, je ne voyais presque pas le soleil. »',
        'Demander de l’aide, il ne voulait pas. « Je trouvais que je n’avais pas le droit de me plaindre. » Alors il a proposé son aide sur Connecting Brussels : faire des courses, changer une ampoule, tenir compagnie. Une collaboratrice l’a mis en contact avec Yvonne, 84 ans, qui habite trois maisons plus loin.',
        'La première fois, il a accroché un rideau. La deuxième fois, il a réparé sa télévision. La troisième fois, Yvonne lui a dit : « Reste donc manger. » Depuis, ils cuisinent ensemble chaque jeudi. Elle lui apprend le stoemp saucisse, il lui apprend la paella. « Son stoemp est meilleur que ma paella », avoue-t-il.',
        '« Je pensais que c’était moi qui l’aidais, dit Mateo. Mais elle m’aidait tout autant. » Yvonne hoche la tête. « C’est mon petit-fils du jeudi. » La solitude, dit Mateo, ça ne touche pas que les personnes âgées. « On peut se sentir seul à 23 ans aussi. Ça aide de le dire à voix haute. »',
      ],
      en: [
        'Mateo is 23 and comes from Valencia. He studies medicine in Woluwe-Saint-Lambert. The first months were hard. ‘The other students went home at weekends,’ he says. ‘I stayed behind alone in my room. In November I hardly saw the sun.’',
        'He didn’t want to ask for help. ‘I felt I had no right to complain.’ So he offered help himself on Connecting Brussels: shopping, changing a light bulb, a bit of company. A staff member put him in touch with Yvonne, 84, who lives three doors down.',
        'The first time, he hung a curtain. The second time, he fixed her TV. The third time, Yvonne said: ‘Stay for dinner.’ Since then they cook together every Thursday. She teaches him stoemp with sausages, a Brussels mash of potatoes and vegetables. He teaches her paella. ‘Her stoemp is better than my paella,’ he admits.',
        '‘I thought I was helping her,’ says Mateo. ‘But she was helping me just as much.’ Yvonne nods. ‘He’s my Thursday grandson.’ Loneliness, Mateo says, is not just something for older people. ‘You can feel lonely at 23 too. It helps to say so out loud.’',
      ],
    },
    authorName: 'Yasmine K.',
    storyDate: '2026-11-18',
    municipality: 'woluwe-saint-lambert',
    cover: covers.neighbours,
    initiatives: ['duo-jong-en-oud', 'buur-op-afroep-vorst'],
    organisations: ['burenhulp-zuidkant', 'duo-woluwe'],
  },
];
