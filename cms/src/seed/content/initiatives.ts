import type { SeedInitiative } from '../types';

/**
 * Sample initiatives: existing offers of help and company, each run by one of the sample organisations.
 * Contact details use the reserved example.org domain and the fictional +32 2 555 range.
 */
export const initiatives: SeedInitiative[] = [
  {
    key: 'telefoonketen',
    organisation: 'warme-draad',
    title: {
      nl: 'Telefoonketen: elke dag een warme babbel',
      fr: 'Chaîne téléphonique\u00a0: un coup de fil chaque jour',
      en: 'Phone chain: a friendly call every day',
    },
    summary: {
      nl: 'Woon je alleen? Een vaste vrijwilliger belt je elke ochtend even op. Voor een babbel, en om te horen of alles goed gaat.',
      fr: 'Vous vivez seul\u00a0? Chaque matin, un bénévole fixe vous passe un coup de fil. Pour papoter, et pour savoir si tout va bien.',
      en: 'Do you live alone? Every morning a regular volunteer gives you a call. For a chat, and to check that all is well.',
    },
    description: {
      nl: [
        'Elke ochtend gaat de telefoon. Aan de lijn is altijd dezelfde vrijwilliger, iemand die je na een tijdje goed leert kennen. Jullie praten over het weer, over de kleinkinderen, over wat er op tv was. Soms vijf minuten, soms een half uur.',
        'Neem je niet op? Dan bellen we nog eens. Lukt dat ook niet, dan verwittigen we de persoon die je zelf hebt aangeduid, bijvoorbeeld een buur of een familielid. Zo weet je dat er elke dag iemand aan je denkt.',
      ],
      fr: [
        'Chaque matin, le téléphone sonne. Au bout du fil, c’est toujours le même bénévole, quelqu’un que vous apprenez à bien connaître. Vous parlez de la météo, des petits-enfants, de ce qui passait à la télé. Parfois cinq minutes, parfois une demi-heure.',
        'Vous ne décrochez pas\u00a0? Nous rappelons un peu plus tard. Si cela ne marche toujours pas, nous prévenons la personne que vous avez choisie, par exemple un voisin ou un proche. Vous savez ainsi que chaque jour, quelqu’un pense à vous.',
      ],
      en: [
        'Every morning the phone rings. On the line is always the same volunteer, someone you get to know well after a while. You talk about the weather, the grandchildren, what was on TV. Sometimes for five minutes, sometimes for half an hour.',
        'If you do not answer, we try again a little later. If that does not work either, we let the person you chose know, for example a neighbour or a relative. So you know that someone thinks of you every day.',
      ],
    },
    forWhom: {
      nl: 'Ouderen die alleen wonen in Brussel-Stad, Sint-Joost-ten-Node of Schaarbeek en graag elke dag iemand horen.',
      fr: 'Les personnes âgées qui vivent seules à Bruxelles-Ville, Saint-Josse-ten-Noode ou Schaerbeek et qui aiment entendre une voix chaque jour.',
      en: 'Older people who live alone in the City of Brussels, Saint-Josse or Schaerbeek and would like to hear a friendly voice every day.',
    },
    location: {
      nl: 'Aan de telefoon, gewoon bij je thuis',
      fr: 'Par téléphone, tout simplement chez vous',
      en: 'By phone, from your own home',
    },
    schedule: {
      nl: 'Elke dag tussen 9 en 11 uur, ook in het weekend',
      fr: 'Tous les jours entre 9 h et 11 h, week-end compris',
      en: 'Every day between 9:00 and 11:00, weekends included',
    },
    howToJoin: {
      nl: 'Bel Warme Draad op +32 2 555 11 01, van maandag tot vrijdag tussen 9 en 16 uur. Je mag ook bellen voor iemand anders, als die persoon akkoord is. We komen eerst één keer langs om kennis te maken. Het is gratis.',
      fr: 'Appelez Warme Draad au +32 2 555 11 01, du lundi au vendredi entre 9 h et 16 h. Vous pouvez aussi appeler pour quelqu’un d’autre, si cette personne est d’accord. Nous passons d’abord une fois chez vous pour faire connaissance. C’est gratuit.',
      en: 'Call Warme Draad on +32 2 555 11 01, Monday to Friday between 9:00 and 16:00. You can also call on behalf of someone else, if that person agrees. We first visit you once to get to know you. It is free.',
    },
    remote: true,
    categories: ['chat'],
    municipalities: ['brussels', 'saint-josse', 'schaerbeek'],
    audiences: ['seniors', 'living-alone'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 01',
    contactEmail: 'telefoonketen@warmedraad.example.org',
    website: 'https://warmedraad.example.org/telefoonketen',
    image: {
      file: 'phone-chat.jpg',
      alt: {
        nl: 'Illustratie van een oudere vrouw die thuis in haar zetel zit te telefoneren en glimlacht.',
        fr: 'Illustration d’une dame âgée assise dans son fauteuil, souriante, au téléphone.',
        en: 'Illustration of an older woman sitting in her armchair at home, smiling while on the phone.',
      },
    },
  },
  {
    key: 'avondbabbel',
    organisation: 'warme-draad',
    title: {
      nl: 'Avondbabbel aan de telefoon',
      fr: 'La papote du soir au téléphone',
      en: 'Evening chat by phone',
    },
    summary: {
      nl: 'De avonden zijn soms het langst. Van maandag tot vrijdag kun je ’s avonds een vrijwilliger bellen, gewoon om te praten.',
      fr: 'Les soirées sont parfois les plus longues. Du lundi au vendredi, vous pouvez appeler un bénévole le soir, simplement pour parler.',
      en: 'Evenings can feel the longest. From Monday to Friday you can call a volunteer in the evening, just to talk.',
    },
    description: {
      nl: [
        'Overdag is er nog wat leven, maar als het donker wordt, is het vaak stil in huis. Voor die momenten is er de Avondbabbel. Je belt een gewoon Brussels nummer en een vrijwilliger neemt op. Je hoeft geen reden te hebben om te bellen.',
        'Onze vrijwilligers zijn geen hulpverleners, maar goede luisteraars. Ze spreken Nederlands, Frans, Engels of Arabisch. Heb je het echt moeilijk, dan helpen ze je om de juiste hulp te vinden. Je mag zo vaak bellen als je wilt.',
      ],
      fr: [
        'La journée, il y a encore un peu de vie, mais quand il fait noir, la maison est souvent silencieuse. La Papote du soir est là pour ces moments-là. Vous appelez un numéro bruxellois normal et un bénévole décroche. Pas besoin d’une raison pour appeler.',
        'Nos bénévoles ne sont pas des professionnels, mais de bons auditeurs. Ils parlent français, néerlandais, anglais ou arabe. Si ça ne va vraiment pas, ils vous aident à trouver la bonne aide. Vous pouvez appeler aussi souvent que vous le voulez.',
      ],
      en: [
        'During the day there is still some life around, but when it gets dark the house is often quiet. The Evening chat is there for those moments. You call an ordinary Brussels number and a volunteer answers. You do not need a reason to call.',
        'Our volunteers are not professionals, but they are good listeners. They speak Dutch, French, English or Arabic. If you are going through a really hard time, they help you find the right support. You can call as often as you like.',
      ],
    },
    forWhom: {
      nl: 'Iedereen die alleen woont en ’s avonds graag een stem hoort, ook mensen met een beperking die moeilijk buiten komen.',
      fr: 'Toute personne qui vit seule et qui aime entendre une voix le soir, y compris les personnes en situation de handicap qui sortent difficilement.',
      en: 'Anyone who lives alone and would like to hear a voice in the evening, including people with a disability who find it hard to go out.',
    },
    location: {
      nl: 'Aan de telefoon',
      fr: 'Par téléphone',
      en: 'By phone',
    },
    schedule: {
      nl: 'Van maandag tot vrijdag, van 18 tot 21 uur',
      fr: 'Du lundi au vendredi, de 18 h à 21 h',
      en: 'Monday to Friday, 18:00–21:00',
    },
    howToJoin: {
      nl: 'Bel gewoon +32 2 555 11 02. Je hoeft je niet in te schrijven en je hoeft je naam niet te zeggen. Wil je liever zelf gebeld worden op een vaste avond? Zeg het aan de vrijwilliger.',
      fr: 'Appelez simplement le +32 2 555 11 02. Pas d’inscription, et vous ne devez pas dire votre nom. Vous préférez qu’on vous appelle un soir fixe\u00a0? Dites-le au bénévole.',
      en: 'Just call +32 2 555 11 02. There is no need to sign up and you do not have to give your name. Would you rather be called on a fixed evening? Tell the volunteer.',
    },
    remote: true,
    categories: ['chat'],
    municipalities: ['brussels', 'anderlecht', 'molenbeek'],
    audiences: ['living-alone', 'disability'],
    languages: ['nl', 'fr', 'en', 'ar'],
    contactPhone: '+32 2 555 11 02',
    contactEmail: 'avondbabbel@warmedraad.example.org',
  },
  {
    key: 'wandelbuddy-jette',
    organisation: 'laarbeek-seniors',
    title: {
      nl: 'Wandelbuddy in Jette',
      fr: 'Compagnon de promenade à Jette',
      en: 'Walking buddy in Jette',
    },
    summary: {
      nl: 'Je wilt graag naar buiten, maar niet alleen? Een wandelbuddy haalt je thuis op voor een rustige wandeling in het park.',
      fr: 'Vous aimeriez sortir, mais pas seul\u00a0? Un compagnon de promenade vient vous chercher pour une balade tranquille au parc.',
      en: 'Would you like to get outside, but not on your own? A walking buddy picks you up at home for a gentle walk in the park.',
    },
    description: {
      nl: [
        'Veel mensen gaan minder buiten omdat ze bang zijn om te vallen, of omdat alleen wandelen niet zo plezant is. Een wandelbuddy is een vrijwilliger uit de buurt die met je meegaat. Jullie bepalen samen hoe ver en hoe snel. Met een rollator of een wandelstok is geen probleem.',
        'Meestal wandelen we in het Koning Boudewijnpark of langs het Laarbeekbos. Onderweg is er tijd voor een bankje en een babbel. Na een paar weken kijken veel mensen uit naar hun vaste wandeldag, en de buddy ook.',
      ],
      fr: [
        'Beaucoup de gens sortent moins parce qu’ils ont peur de tomber, ou parce que marcher seul n’est pas très amusant. Un compagnon de promenade est un bénévole du quartier qui vous accompagne. Vous décidez ensemble de la distance et du rythme. Un déambulateur ou une canne, ce n’est pas un problème.',
        'Nous marchons le plus souvent dans le parc Roi Baudouin ou le long du bois du Laerbeek. En chemin, il y a le temps pour un banc et une conversation. Après quelques semaines, beaucoup attendent avec impatience leur jour de promenade, et le bénévole aussi.',
      ],
      en: [
        'Many people go out less because they are afraid of falling, or because walking alone is not much fun. A walking buddy is a volunteer from the neighbourhood who comes with you. You decide together how far and how fast. A walking frame or a stick is no problem.',
        'We usually walk in King Baudouin Park or along the Laarbeek woods. On the way there is time for a bench and a chat. After a few weeks, many people look forward to their walking day, and so does the buddy.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen met een beperking in Jette en Ganshoren die graag wandelen, maar liever niet alleen.',
      fr: 'Les aînés et les personnes en situation de handicap à Jette et Ganshoren qui aiment marcher, mais préfèrent ne pas être seuls.',
      en: 'Older people and people with a disability in Jette and Ganshoren who like to walk, but would rather not go alone.',
    },
    location: {
      nl: 'Vertrek aan je voordeur; we wandelen in het Koning Boudewijnpark of langs het Laarbeekbos',
      fr: 'Départ de chez vous\u00a0; promenade dans le parc Roi Baudouin ou le long du bois du Laerbeek',
      en: 'Starting from your front door; walks in King Baudouin Park or along the Laarbeek woods',
    },
    schedule: {
      nl: 'Eén keer per week, op een dag en uur dat jullie samen afspreken',
      fr: 'Une fois par semaine, au jour et à l’heure que vous fixez ensemble',
      en: 'Once a week, on a day and time you agree together',
    },
    howToJoin: {
      nl: 'Bel de Seniorenkring Laarbeek op +32 2 555 11 03 of stuur een mail naar wandelen@laarbeek.example.org. We komen eerst bij je langs en zoeken dan een buddy die in de buurt woont.',
      fr: 'Appelez le Seniorenkring Laarbeek au +32 2 555 11 03 ou écrivez à wandelen@laarbeek.example.org. Nous passons d’abord chez vous, puis nous cherchons un compagnon qui habite près de chez vous.',
      en: 'Call Seniorenkring Laarbeek on +32 2 555 11 03 or email wandelen@laarbeek.example.org. We first come to see you and then look for a buddy who lives nearby.',
    },
    remote: false,
    categories: ['walking', 'chat'],
    municipalities: ['jette', 'ganshoren'],
    audiences: ['seniors', 'disability'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 03',
    contactEmail: 'wandelen@laarbeek.example.org',
    image: {
      file: 'walking.jpg',
      alt: {
        nl: 'Illustratie van twee mensen die samen rustig wandelen in een groen park.',
        fr: 'Illustration de deux personnes qui se promènent tranquillement ensemble dans un parc verdoyant.',
        en: 'Illustration of two people taking a quiet walk together in a green park.',
      },
    },
  },
  {
    key: 'boodschappen-anderlecht',
    organisation: 'de-volle-mand',
    title: {
      nl: 'Boodschappen aan huis in Anderlecht',
      fr: 'Courses à domicile à Anderlecht',
      en: 'Groceries delivered in Anderlecht',
    },
    summary: {
      nl: 'Kun je niet meer zelf naar de winkel? Geef je boodschappenlijst door en een vrijwilliger brengt alles tot aan je deur.',
      fr: 'Vous ne pouvez plus aller vous-même au magasin\u00a0? Donnez votre liste de courses et un bénévole vous apporte tout jusqu’à votre porte.',
      en: 'Can you no longer go to the shop yourself? Pass on your shopping list and a volunteer brings everything to your door.',
    },
    description: {
      nl: [
        'Op maandag bel je ons met je boodschappenlijst. Een vrijwilliger doet de boodschappen in onze solidaire winkel of in de supermarkt die jij kiest. Op donderdag staat hij of zij met de zakken aan je deur. Je betaalt alleen wat je gekocht hebt, met het kasticket erbij.',
        'Voor veel mensen is de vrijwilliger meer dan een bezorger. Er is tijd voor een kop koffie en een babbel, en soms helpt hij of zij ook even met een lamp die kapot is. Als we merken dat je meer hulp nodig hebt, zoeken we samen met jou verder.',
      ],
      fr: [
        'Le lundi, vous nous appelez avec votre liste de courses. Un bénévole fait les courses dans notre épicerie solidaire ou dans le supermarché de votre choix. Le jeudi, il sonne à votre porte avec les sacs. Vous payez seulement ce que vous avez acheté, avec le ticket de caisse.',
        'Pour beaucoup de gens, le bénévole est plus qu’un livreur. Il y a le temps pour un café et une conversation, et parfois il vous aide aussi à changer une ampoule. Si nous voyons que vous avez besoin de plus d’aide, nous cherchons avec vous.',
      ],
      en: [
        'On Monday you call us with your shopping list. A volunteer does the shopping in our community shop or in the supermarket you choose. On Thursday they ring your doorbell with the bags. You only pay for what was bought, with the receipt.',
        'For many people the volunteer is more than a delivery person. There is time for a coffee and a chat, and sometimes they also help change a light bulb. If we notice you need more help, we look for solutions together with you.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen met een beperking in Anderlecht die niet meer zelf boodschappen kunnen doen.',
      fr: 'Les aînés et les personnes en situation de handicap à Anderlecht qui ne peuvent plus faire leurs courses eux-mêmes.',
      en: 'Older people and people with a disability in Anderlecht who can no longer do their own shopping.',
    },
    location: {
      nl: 'Bij je thuis in Anderlecht',
      fr: 'Chez vous, à Anderlecht',
      en: 'At your home in Anderlecht',
    },
    schedule: {
      nl: 'Bestellen op maandag tussen 9 en 12 uur, levering op donderdag',
      fr: 'Commande le lundi entre 9 h et 12 h, livraison le jeudi',
      en: 'Order on Monday 9:00–12:00, delivery on Thursday',
    },
    howToJoin: {
      nl: 'Bel De Volle Mand op +32 2 555 11 04. De eerste keer komt een vrijwilliger kennismaken. De levering is gratis, je betaalt enkel je boodschappen.',
      fr: 'Appelez De Volle Mand au +32 2 555 11 04. La première fois, un bénévole passe pour faire connaissance. La livraison est gratuite, vous payez seulement vos courses.',
      en: 'Call De Volle Mand on +32 2 555 11 04. The first time, a volunteer comes to meet you. Delivery is free; you only pay for your groceries.',
    },
    remote: false,
    categories: ['groceries'],
    municipalities: ['anderlecht'],
    audiences: ['seniors', 'disability'],
    languages: ['nl', 'fr', 'ar', 'ro'],
    contactPhone: '+32 2 555 11 04',
    contactEmail: 'boodschappen@vollemand.example.org',
    image: {
      file: 'groceries.jpg',
      alt: {
        nl: 'Illustratie van een volle boodschappentas met groenten, fruit en brood.',
        fr: 'Illustration d’un sac de courses rempli de légumes, de fruits et de pain.',
        en: 'Illustration of a full shopping bag with vegetables, fruit and bread.',
      },
    },
  },
  {
    key: 'brieven-woonzorgcentra-schaarbeek',
    organisation: 'zilverdraad',
    title: {
      nl: 'Brieven en tekeningen voor bewoners van woonzorgcentra in Schaarbeek',
      fr: 'Lettres et dessins pour les résidents des maisons de repos à Schaerbeek',
      en: 'Letters and drawings for care-home residents in Schaerbeek',
    },
    summary: {
      nl: 'Schrijf een brief of maak een tekening voor iemand die in een woonzorgcentrum woont. Wij zorgen dat hij op de juiste plek komt.',
      fr: 'Écrivez une lettre ou faites un dessin pour quelqu’un qui vit en maison de repos. Nous veillons à ce qu’il arrive au bon endroit.',
      en: 'Write a letter or make a drawing for someone who lives in a care home. We make sure it reaches the right place.',
    },
    description: {
      nl: [
        'Een brief in de bus is voor veel bewoners het hoogtepunt van de week. Het maakt niet uit wat je schrijft: over je dag, je hobby, je huisdier, een herinnering. Kinderen mogen ook gewoon een tekening maken. Schrijf in grote letters, dat leest makkelijker.',
        'Wij verdelen de brieven over vier woonzorgcentra in Schaarbeek. Het personeel leest voor aan wie niet meer goed ziet. Wil een bewoner terugschrijven? Dan sturen we het antwoord naar jou door, als je een adres hebt meegegeven.',
      ],
      fr: [
        'Pour beaucoup de résidents, une lettre dans la boîte est le moment fort de la semaine. Peu importe ce que vous écrivez\u00a0: votre journée, votre hobby, votre animal, un souvenir. Les enfants peuvent simplement faire un dessin. Écrivez en grandes lettres, c’est plus facile à lire.',
        'Nous répartissons les lettres entre quatre maisons de repos de Schaerbeek. Le personnel lit les lettres aux personnes qui voient mal. Un résident veut vous répondre\u00a0? Nous vous transmettons sa réponse, si vous avez laissé une adresse.',
      ],
      en: [
        'For many residents, a letter in the post is the highlight of the week. It does not matter what you write about: your day, your hobby, your pet, a memory. Children can simply make a drawing. Write in large letters; that is easier to read.',
        'We share the letters between four care homes in Schaerbeek. The staff read them aloud to residents who cannot see well. Does a resident want to write back? Then we forward the reply to you, if you gave us an address.',
      ],
    },
    forWhom: {
      nl: 'Voor bewoners van woonzorgcentra die weinig bezoek krijgen. Iedereen kan schrijven: kinderen, gezinnen, klassen en collega’s.',
      fr: 'Pour les résidents de maisons de repos qui reçoivent peu de visites. Tout le monde peut écrire\u00a0: enfants, familles, classes et collègues.',
      en: 'For care-home residents who get few visitors. Anyone can write: children, families, school classes and colleagues.',
    },
    location: {
      nl: 'Van thuis uit; de brieven gaan naar vier woonzorgcentra in Schaarbeek',
      fr: 'Depuis chez vous\u00a0; les lettres vont à quatre maisons de repos de Schaerbeek',
      en: 'From your own home; the letters go to four care homes in Schaerbeek',
    },
    schedule: {
      nl: 'Het hele jaar door; in december delen we elke week brieven uit',
      fr: 'Toute l’année\u00a0; en décembre, nous distribuons des lettres chaque semaine',
      en: 'All year round; in December we hand out letters every week',
    },
    times: [
      { repeats: 'once', date: '2026-12-16', startTime: '14:00', endTime: '16:00' },
      { repeats: 'once', date: '2027-12-15', startTime: '14:00', endTime: '16:00' },
    ],
    howToJoin: {
      nl: 'Stuur je brief of tekening naar Vriendenkring Zilverdraad, Louis Bertrandlaan 61, 1030 Schaarbeek. Je mag hem ook in onze brievenbus steken, of een foto mailen naar brieven@zilverdraad.example.org. Zet er alleen je voornaam onder.',
      fr: 'Envoyez votre lettre ou votre dessin à Vriendenkring Zilverdraad, avenue Louis Bertrand 61, 1030 Schaerbeek. Vous pouvez aussi le déposer dans notre boîte aux lettres, ou envoyer une photo à brieven@zilverdraad.example.org. Signez seulement avec votre prénom.',
      en: 'Send your letter or drawing to Vriendenkring Zilverdraad, Avenue Louis Bertrand 61, 1030 Schaerbeek. You can also drop it in our letterbox, or email a photo to brieven@zilverdraad.example.org. Sign with your first name only.',
    },
    remote: true,
    categories: ['letters'],
    municipalities: ['schaerbeek'],
    audiences: ['seniors', 'families'],
    languages: ['nl', 'fr', 'en'],
    contactEmail: 'brieven@zilverdraad.example.org',
    website: 'https://zilverdraad.example.org/brieven',
    image: {
      file: 'letters.jpg',
      alt: {
        nl: 'Illustratie van handgeschreven brieven, enveloppen en een kleurrijke kindertekening op tafel.',
        fr: 'Illustration de lettres écrites à la main, d’enveloppes et d’un dessin d’enfant coloré sur une table.',
        en: 'Illustration of handwritten letters, envelopes and a colourful child’s drawing on a table.',
      },
    },
  },
  {
    key: 'digitale-hulp-bib-sint-gillis',
    organisation: 'het-open-boek',
    title: {
      nl: 'Digitale hulp in de bib van Sint-Gillis',
      fr: 'Aide numérique à la bibliothèque de Saint-Gilles',
      en: 'Digital help at the Saint-Gilles library',
    },
    summary: {
      nl: 'Vragen over je smartphone, je mails of een app? Kom langs in de bib en we bekijken het samen, rustig en zonder moeilijke woorden.',
      fr: 'Des questions sur votre smartphone, vos e-mails ou une application\u00a0? Passez à la bibliothèque et nous regardons ensemble, calmement et sans mots compliqués.',
      en: 'Questions about your smartphone, your emails or an app? Drop by the library and we will look at it together, calmly and without difficult words.',
    },
    description: {
      nl: [
        'Twee keer per week zitten er vrijwilligers klaar aan de grote tafel in de bib. Je brengt je eigen smartphone, tablet of laptop mee, of je gebruikt een computer van de bib. We helpen je met wat jij wilt leren: foto’s sturen naar je kleinkinderen, een videogesprek, een afspraak maken online.',
        'Niemand hoeft zich hier te schamen. Veel mensen komen met een kleine vraag en blijven voor een koffie. We leggen alles stap voor stap uit en schrijven het op papier, zodat je het thuis nog eens kunt nakijken.',
      ],
      fr: [
        'Deux fois par semaine, des bénévoles vous attendent à la grande table de la bibliothèque. Vous apportez votre smartphone, votre tablette ou votre ordinateur portable, ou vous utilisez un ordinateur de la bibliothèque. Nous vous aidons avec ce que vous voulez apprendre\u00a0: envoyer des photos aux petits-enfants, un appel vidéo, prendre un rendez-vous en ligne.',
        'Ici, personne ne doit avoir honte. Beaucoup de gens viennent avec une petite question et restent pour un café. Nous expliquons tout pas à pas et nous l’écrivons sur papier, pour que vous puissiez revoir à la maison.',
      ],
      en: [
        'Twice a week, volunteers are waiting at the big table in the library. Bring your own smartphone, tablet or laptop, or use one of the library’s computers. We help you with whatever you want to learn: sending photos to your grandchildren, a video call, booking an appointment online.',
        'Nobody needs to feel embarrassed here. Many people come with a small question and stay for a coffee. We explain everything step by step and write it down on paper, so you can look at it again at home.',
      ],
    },
    forWhom: {
      nl: 'Iedereen die wat hulp kan gebruiken met digitale toestellen, vooral ouderen en nieuwkomers.',
      fr: 'Toute personne qui a besoin d’un coup de main avec les outils numériques, surtout les aînés et les primo-arrivants.',
      en: 'Anyone who could use some help with digital devices, especially older people and newcomers.',
    },
    location: {
      nl: 'Bibliotheek Het Open Boek, Parmastraat 35, 1060 Sint-Gillis',
      fr: 'Bibliothèque Het Open Boek, rue de Parme 35, 1060 Saint-Gilles',
      en: 'Het Open Boek library, Rue de Parme 35, 1060 Saint-Gilles',
    },
    schedule: {
      nl: 'Binnenlopen kan op elk moment, ook later',
      fr: 'Vous pouvez arriver à tout moment, même plus tard',
      en: 'Drop in at any time, late is fine',
    },
    times: [
      { repeats: 'weekly', date: '2026-09-01', weekday: 'wednesday', startTime: '10:00', endTime: '12:00' },
      { repeats: 'weekly', date: '2026-09-01', weekday: 'saturday', startTime: '10:00', endTime: '12:00' },
    ],
    howToJoin: {
      nl: 'Kom gewoon langs met je toestel, je oplader en je wachtwoorden als je ze hebt. Inschrijven hoeft niet en het is gratis. Voor een langere afspraak alleen met jou bel je +32 2 555 11 06.',
      fr: 'Passez simplement avec votre appareil, votre chargeur et vos mots de passe si vous les avez. Pas d’inscription, et c’est gratuit. Pour un rendez-vous plus long en tête-à-tête, appelez le +32 2 555 11 06.',
      en: 'Just drop by with your device, your charger and your passwords if you have them. No need to sign up, and it is free. For a longer one-to-one appointment, call +32 2 555 11 06.',
    },
    remote: false,
    categories: ['digital'],
    municipalities: ['saint-gilles'],
    audiences: ['seniors', 'newcomers'],
    languages: ['nl', 'fr', 'en', 'es'],
    contactPhone: '+32 2 555 11 06',
    contactEmail: 'digitaal@openboek.example.org',
    image: {
      file: 'digital-help.jpg',
      alt: {
        nl: 'Illustratie van een vrijwilliger die iemand uitleg geeft bij een smartphone aan een tafel.',
        fr: 'Illustration d’un bénévole qui explique l’utilisation d’un smartphone à quelqu’un, assis à une table.',
        en: 'Illustration of a volunteer at a table showing someone how to use a smartphone.',
      },
    },
  },
  {
    key: 'breicafe-molenbeek',
    organisation: 'de-molenwiek',
    title: {
      nl: 'Breicafé in Molenbeek',
      fr: 'Café tricot à Molenbeek',
      en: 'Knitting café in Molenbeek',
    },
    summary: {
      nl: 'Elke dinsdag breien, haken en babbelen in het buurthuis. Beginners en handige handen zijn even welkom.',
      fr: 'Chaque mardi, on tricote, on crochète et on papote à la maison de quartier. Débutants et mains habiles sont tous les bienvenus.',
      en: 'Every Tuesday: knitting, crochet and chatting at the community centre. Beginners and skilled hands are equally welcome.',
    },
    description: {
      nl: [
        'Rond de grote tafel zitten vrouwen en mannen van 20 tot 90 jaar. Sommigen breien al hun hele leven, anderen leren het hier. Wie iets kan, leert het aan wie het nog niet kan. Wol en naalden zijn er genoeg, je hoeft niets mee te brengen.',
        'We maken sjaals, mutsen en dekentjes voor mensen die het koud hebben in de winter. Maar eerlijk gezegd draait het vooral om de thee, de koekjes en de verhalen. Hier spreek je Frans, Nederlands, Arabisch of Turks, en vaak een beetje van alles.',
      ],
      fr: [
        'Autour de la grande table, des femmes et des hommes de 20 à 90 ans. Certains tricotent depuis toujours, d’autres apprennent ici. Celui qui sait, apprend à celui qui ne sait pas encore. Il y a assez de laine et d’aiguilles, vous ne devez rien apporter.',
        'Nous faisons des écharpes, des bonnets et des petites couvertures pour les personnes qui ont froid en hiver. Mais honnêtement, l’essentiel, c’est le thé, les biscuits et les histoires. Ici, on parle français, néerlandais, arabe ou turc, et souvent un peu de tout.',
      ],
      en: [
        'Around the big table sit women and men aged 20 to 90. Some have knitted all their lives, others learn here. Whoever knows how teaches whoever does not yet. There is plenty of wool and needles, so you do not need to bring anything.',
        'We make scarves, hats and small blankets for people who are cold in winter. But to be honest, it is mostly about the tea, the biscuits and the stories. Here people speak French, Dutch, Arabic or Turkish, and often a bit of everything.',
      ],
    },
    forWhom: {
      nl: 'Iedereen die graag met de handen bezig is of gewoon gezelschap zoekt, ook als je nog nooit gebreid hebt.',
      fr: 'Toute personne qui aime travailler de ses mains ou qui cherche simplement de la compagnie, même sans avoir jamais tricoté.',
      en: 'Anyone who enjoys working with their hands or is simply looking for company, even if you have never knitted before.',
    },
    location: {
      nl: 'Buurthuis De Molenwiek, Gentsesteenweg 112, 1080 Sint-Jans-Molenbeek',
      fr: 'Buurthuis De Molenwiek, chaussée de Gand 112, 1080 Molenbeek-Saint-Jean',
      en: 'Buurthuis De Molenwiek, Chaussée de Gand 112, 1080 Molenbeek',
    },
    schedule: {
      nl: 'Binnenlopen kan op elk moment, ook later',
      fr: 'Vous pouvez arriver à tout moment, même plus tard',
      en: 'Drop in at any time, late is fine',
    },
    times: [{ repeats: 'weekly', date: '2026-09-01', weekday: 'tuesday', startTime: '14:00', endTime: '16:30' }],
    howToJoin: {
      nl: 'Kom gewoon binnen op dinsdag, de deur staat open. Het is gratis. Vragen? Bel +32 2 555 11 07.',
      fr: 'Entrez simplement le mardi, la porte est ouverte. C’est gratuit. Des questions\u00a0? Appelez le +32 2 555 11 07.',
      en: 'Just come in on a Tuesday; the door is open. It is free. Questions? Call +32 2 555 11 07.',
    },
    remote: false,
    categories: ['activities', 'chat'],
    municipalities: ['molenbeek'],
    audiences: ['everyone', 'living-alone'],
    languages: ['fr', 'nl', 'ar', 'tr'],
    contactPhone: '+32 2 555 11 07',
    image: {
      file: 'knitting.jpg',
      alt: {
        nl: 'Illustratie van bolletjes wol in warme kleuren, breinaalden en een half gebreide sjaal.',
        fr: 'Illustration de pelotes de laine aux couleurs chaudes, d’aiguilles à tricoter et d’une écharpe à moitié tricotée.',
        en: 'Illustration of balls of wool in warm colours, knitting needles and a half-knitted scarf.',
      },
    },
  },
  {
    key: 'huiswerkhulp-telefoon',
    organisation: 'campus-hart',
    title: {
      nl: 'Huiswerkhulp aan de telefoon',
      fr: 'Aide aux devoirs par téléphone',
      en: 'Homework help by phone',
    },
    summary: {
      nl: 'Zit je kind vast met zijn huiswerk? Een student helpt aan de telefoon of via een videogesprek, in het Frans, Nederlands of Engels.',
      fr: 'Votre enfant bloque sur ses devoirs\u00a0? Un étudiant l’aide par téléphone ou en appel vidéo, en français, en néerlandais ou en anglais.',
      en: 'Is your child stuck on their homework? A student helps by phone or video call, in French, Dutch or English.',
    },
    description: {
      nl: [
        'Niet elke ouder kan helpen met het huiswerk. Soms is de schooltaal niet je eigen taal, soms ben je gewoon te moe na het werk. Dan kan je kind een student van Campus Cœur bellen. Samen lezen ze de opdracht, rekenen ze een oefening uit of oefenen ze woordjes.',
        'Elk kind krijgt zoveel mogelijk dezelfde student. Zo leren ze elkaar kennen en groeit het vertrouwen. We maken het huiswerk niet in de plaats van je kind, we helpen het om het zelf te doen.',
      ],
      fr: [
        'Tous les parents ne peuvent pas aider aux devoirs. Parfois la langue de l’école n’est pas la vôtre, parfois vous êtes simplement trop fatigué après le travail. Votre enfant peut alors appeler un étudiant de Campus Cœur. Ensemble, ils lisent la consigne, font un exercice de calcul ou révisent du vocabulaire.',
        'Autant que possible, chaque enfant a toujours le même étudiant. Ils apprennent ainsi à se connaître et la confiance grandit. Nous ne faisons pas les devoirs à la place de votre enfant, nous l’aidons à les faire lui-même.',
      ],
      en: [
        'Not every parent can help with homework. Sometimes the school language is not your own, sometimes you are just too tired after work. Then your child can call a student from Campus Cœur. Together they read the task, work through a maths exercise or practise vocabulary.',
        'As far as possible, each child always gets the same student. This way they get to know each other and trust grows. We do not do the homework for your child; we help them do it themselves.',
      ],
    },
    forWhom: {
      nl: 'Kinderen van 8 tot 14 jaar en hun ouders in Elsene, Etterbeek en Brussel-Stad, ook gezinnen die pas in België wonen.',
      fr: 'Les enfants de 8 à 14 ans et leurs parents à Ixelles, Etterbeek et Bruxelles-Ville, y compris les familles récemment arrivées en Belgique.',
      en: 'Children aged 8 to 14 and their parents in Ixelles, Etterbeek and the City of Brussels, including families new to Belgium.',
    },
    location: {
      nl: 'Aan de telefoon of via een videogesprek',
      fr: 'Par téléphone ou en appel vidéo',
      en: 'By phone or video call',
    },
    schedule: {
      nl: 'Van maandag tot donderdag van 17 tot 19 uur, tijdens het schooljaar',
      fr: 'Du lundi au jeudi de 17 h à 19 h, pendant l’année scolaire',
      en: 'Monday to Thursday 17:00–19:00, during the school year',
    },
    howToJoin: {
      nl: 'Een ouder stuurt een mail naar huiswerk@campushart.example.org of belt +32 2 555 11 08. Zeg in welk jaar je kind zit en in welke taal het les krijgt. Binnen de week bellen we terug. Het is gratis.',
      fr: 'Un parent écrit à huiswerk@campushart.example.org ou appelle le +32 2 555 11 08. Dites-nous en quelle année est votre enfant et dans quelle langue il suit les cours. Nous vous rappelons dans la semaine. C’est gratuit.',
      en: 'A parent emails huiswerk@campushart.example.org or calls +32 2 555 11 08. Tell us what year your child is in and the language they are taught in. We call you back within a week. It is free.',
    },
    remote: true,
    categories: ['activities'],
    municipalities: ['ixelles', 'etterbeek', 'brussels'],
    audiences: ['families', 'newcomers'],
    languages: ['fr', 'nl', 'en'],
    contactPhone: '+32 2 555 11 08',
    contactEmail: 'huiswerk@campushart.example.org',
  },
  {
    key: 'soepavond-vorst',
    organisation: 'burenhulp-zuidkant',
    title: {
      nl: 'Soepavond bij de buren in Vorst',
      fr: 'Soirée soupe entre voisins à Forest',
      en: 'Neighbours’ soup evening in Forest',
    },
    summary: {
      nl: 'Eén keer per maand een grote pot soep, brood en een lange tafel. Schuif aan en leer je buren kennen.',
      fr: 'Une fois par mois, une grande marmite de soupe, du pain et une longue table. Venez vous asseoir et faites connaissance avec vos voisins.',
      en: 'Once a month: a big pot of soup, bread and a long table. Pull up a chair and get to know your neighbours.',
    },
    description: {
      nl: [
        'Op de eerste vrijdag van de maand koken een paar buren soep voor de hele straat. Er is altijd een vegetarische soep en een soep van het seizoen. Wie wil, brengt een dessert mee, maar het hoeft niet.',
        'Veel mensen wonen jaren naast elkaar zonder elkaar echt te kennen. Aan tafel verandert dat snel. Oudere buren vertellen hoe de wijk vroeger was, jonge ouders komen met de kinderen. Na een soepavond groet je elkaar anders op straat.',
      ],
      fr: [
        'Le premier vendredi du mois, quelques voisins préparent de la soupe pour toute la rue. Il y a toujours une soupe végétarienne et une soupe de saison. Ceux qui le souhaitent apportent un dessert, mais ce n’est pas obligatoire.',
        'Beaucoup de gens habitent côte à côte pendant des années sans vraiment se connaître. À table, cela change vite. Les voisins âgés racontent le quartier d’autrefois, les jeunes parents viennent avec les enfants. Après une soirée soupe, on ne se dit plus bonjour de la même façon.',
      ],
      en: [
        'On the first Friday of the month, a few neighbours make soup for the whole street. There is always a vegetarian soup and a seasonal soup. If you like, bring a dessert, but you do not have to.',
        'Many people live next to each other for years without really knowing each other. Around the table, that changes quickly. Older neighbours tell what the area used to be like, young parents come with their children. After a soup evening, you greet each other differently in the street.',
      ],
    },
    forWhom: {
      nl: 'Iedereen uit Vorst, en zeker wie alleen woont en graag eens samen eet.',
      fr: 'Tous les habitants de Forest, et surtout les personnes qui vivent seules et aiment manger en compagnie.',
      en: 'Everyone from Forest, and especially people who live alone and would enjoy a meal in company.',
    },
    location: {
      nl: 'Buurtzaal, Neerstalsesteenweg 182, 1190 Vorst',
      fr: 'Salle de quartier, chaussée de Neerstalle 182, 1190 Forest',
      en: 'Neighbourhood hall, Chaussée de Neerstalle 182, 1190 Forest',
    },
    schedule: {
      nl: 'Elke eerste vrijdag van de maand van 18.30 tot 21 uur, van oktober tot april',
      fr: 'Chaque premier vendredi du mois de 18 h 30 à 21 h, d’octobre à avril',
      en: 'Every first Friday of the month 18:30–21:00, October to April',
    },
    times: [{ repeats: 'monthly', date: '2026-10-01', until: '2027-04-30', weekday: 'friday', weekOfMonth: 'first', startTime: '18:30', endTime: '21:00' }],
    howToJoin: {
      nl: 'Kom gewoon langs, je hoeft niet te reserveren. Je betaalt wat je wilt: er staat een pot op tafel. Wil je mee koken? Bel +32 2 555 11 09.',
      fr: 'Venez simplement, pas besoin de réserver. Vous payez ce que vous voulez\u00a0: il y a une tirelire sur la table. Vous voulez aider à cuisiner\u00a0? Appelez le +32 2 555 11 09.',
      en: 'Just come along; there is no need to book. You pay what you like: there is a jar on the table. Would you like to help cook? Call +32 2 555 11 09.',
    },
    remote: false,
    categories: ['meals', 'activities'],
    municipalities: ['forest'],
    audiences: ['everyone', 'living-alone'],
    languages: ['fr', 'nl', 'es'],
    contactPhone: '+32 2 555 11 09',
    contactEmail: 'soep@zuidkant.example.org',
    image: {
      file: 'neighbours.jpg',
      alt: {
        nl: 'Illustratie van buren die elkaar groeten en gezellig samen praten in hun straat.',
        fr: 'Illustration de voisins qui se saluent et bavardent ensemble dans leur rue.',
        en: 'Illustration of neighbours greeting each other and chatting together in their street.',
      },
    },
  },
  {
    key: 'begeleiding-medische-afspraken-ukkel',
    organisation: 'de-zonnewijzer',
    title: {
      nl: 'Begeleiding naar medische afspraken in Ukkel',
      fr: 'Accompagnement aux rendez-vous médicaux à Uccle',
      en: 'Going along to medical appointments in Uccle',
    },
    summary: {
      nl: 'Een vrijwilliger gaat met je mee naar de dokter, het ziekenhuis of de kinesist. Je hoeft er niet alleen heen.',
      fr: 'Un bénévole vous accompagne chez le médecin, à l’hôpital ou chez le kiné. Vous n’y allez pas seul.',
      en: 'A volunteer goes with you to the doctor, the hospital or the physiotherapist. You do not have to go alone.',
    },
    description: {
      nl: [
        'Naar het ziekenhuis gaan is voor veel mensen spannend. De weg is lang, de gangen zijn groot en de dokter praat snel. Een vrijwilliger van De Zonnewijzer haalt je thuis op, met de tram, de bus of met de wagen. Hij of zij wacht op je en brengt je weer naar huis.',
        'Als je wilt, gaat de vrijwilliger mee binnen bij de dokter en schrijft op wat er gezegd wordt. Zo vergeet je niets. De vrijwilligers hebben beroepsgeheim: wat ze horen, blijft tussen jullie.',
      ],
      fr: [
        'Aller à l’hôpital, c’est stressant pour beaucoup de gens. Le trajet est long, les couloirs sont grands et le médecin parle vite. Un bénévole de De Zonnewijzer vient vous chercher chez vous, en tram, en bus ou en voiture. Il vous attend et vous ramène à la maison.',
        'Si vous le souhaitez, le bénévole entre avec vous chez le médecin et note ce qui est dit. Ainsi, vous n’oubliez rien. Les bénévoles sont tenus au secret\u00a0: ce qu’ils entendent reste entre vous.',
      ],
      en: [
        'Going to hospital is stressful for many people. The journey is long, the corridors are big and the doctor talks fast. A volunteer from De Zonnewijzer picks you up at home, by tram, bus or car. They wait for you and take you back home.',
        'If you want, the volunteer comes in with you to see the doctor and writes down what is said. That way you do not forget anything. Volunteers keep everything confidential: what they hear stays between you.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen met een beperking in Ukkel die niet alleen naar een medische afspraak kunnen of willen gaan.',
      fr: 'Les aînés et les personnes en situation de handicap à Uccle qui ne peuvent pas ou ne veulent pas aller seuls à un rendez-vous médical.',
      en: 'Older people and people with a disability in Uccle who cannot or would rather not go to a medical appointment alone.',
    },
    location: {
      nl: 'Van bij je thuis in Ukkel naar je afspraak in Brussel',
      fr: 'De chez vous, à Uccle, jusqu’à votre rendez-vous à Bruxelles',
      en: 'From your home in Uccle to your appointment in Brussels',
    },
    schedule: {
      nl: 'Van maandag tot vrijdag, tussen 8 en 17 uur',
      fr: 'Du lundi au vendredi, entre 8 h et 17 h',
      en: 'Monday to Friday, between 8:00 and 17:00',
    },
    howToJoin: {
      nl: 'Bel het onthaal van De Zonnewijzer op +32 2 555 11 10, minstens drie werkdagen voor je afspraak. Met de wagen betaal je 0,35 euro per kilometer. Met het openbaar vervoer betaal je alleen je eigen ticket.',
      fr: 'Appelez l’accueil de De Zonnewijzer au +32 2 555 11 10, au moins trois jours ouvrables avant votre rendez-vous. En voiture, vous payez 0,35 euro par kilomètre. En transports en commun, vous payez seulement votre ticket.',
      en: 'Call the De Zonnewijzer front desk on +32 2 555 11 10, at least three working days before your appointment. By car you pay 0.35 euros per kilometre. By public transport you only pay for your own ticket.',
    },
    remote: false,
    categories: ['accompaniment'],
    municipalities: ['uccle'],
    audiences: ['seniors', 'disability'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 10',
    contactEmail: 'begeleiding@zonnewijzer.example.org',
  },
  {
    key: 'papierhulp-arabisch-turks',
    organisation: 'open-deur',
    title: {
      nl: 'Hulp bij papierwerk in het Arabisch en het Turks',
      fr: 'Aide administrative en arabe et en turc',
      en: 'Help with paperwork in Arabic and Turkish',
    },
    summary: {
      nl: 'Een brief die je niet begrijpt, een formulier dat je moet invullen? Kom langs en we helpen je in je eigen taal.',
      fr: 'Un courrier que vous ne comprenez pas, un formulaire à remplir\u00a0? Passez nous voir et nous vous aidons dans votre langue.',
      en: 'A letter you do not understand, a form you have to fill in? Drop by and we will help you in your own language.',
    },
    description: {
      nl: [
        'Brieven van de gemeente, het ziekenfonds, de school of de huisbaas: ze zijn vaak moeilijk, zelfs voor wie goed Frans of Nederlands spreekt. In Porte Ouverte lezen vrijwilligers ze samen met jou. Ze leggen uit wat er staat, in het Arabisch, het Turks, het Frans of het Nederlands.',
        'We helpen je een formulier in te vullen, een antwoord te schrijven of een afspraak te maken. Als je vraag te ingewikkeld is, zoeken we samen de juiste dienst en gaan we soms mee. Breng alle papieren mee die je hebt, ook als je denkt dat ze niet belangrijk zijn.',
      ],
      fr: [
        'Les courriers de la commune, de la mutuelle, de l’école ou du propriétaire sont souvent difficiles, même pour qui parle bien français ou néerlandais. À Porte Ouverte, des bénévoles les lisent avec vous. Ils vous expliquent ce qui est écrit, en arabe, en turc, en français ou en néerlandais.',
        'Nous vous aidons à remplir un formulaire, à écrire une réponse ou à prendre un rendez-vous. Si votre question est trop compliquée, nous cherchons ensemble le bon service et nous vous accompagnons parfois. Apportez tous vos papiers, même ceux qui vous semblent sans importance.',
      ],
      en: [
        'Letters from the municipality, the health insurance fund, the school or the landlord are often hard to read, even if you speak good French or Dutch. At Porte Ouverte, volunteers read them with you. They explain what is written, in Arabic, Turkish, French or Dutch.',
        'We help you fill in a form, write a reply or make an appointment. If your question is too complicated, we find the right service together and sometimes go with you. Bring all the papers you have, even those you think are not important.',
      ],
    },
    forWhom: {
      nl: 'Nieuwkomers en gezinnen in Sint-Joost en Schaarbeek die hulp nodig hebben met brieven en formulieren.',
      fr: 'Les primo-arrivants et les familles de Saint-Josse et Schaerbeek qui ont besoin d’aide pour leurs courriers et formulaires.',
      en: 'Newcomers and families in Saint-Josse and Schaerbeek who need help with letters and forms.',
    },
    location: {
      nl: 'Onthaalhuis Porte Ouverte, Haachtsesteenweg 58, 1210 Sint-Joost-ten-Node',
      fr: 'Maison d’accueil Porte Ouverte, chaussée de Haecht 58, 1210 Saint-Josse-ten-Noode',
      en: 'Porte Ouverte welcome house, Chaussée de Haecht 58, 1210 Saint-Josse',
    },
    schedule: {
      nl: 'Elke dinsdag en donderdag van 9.30 tot 12.30 uur',
      fr: 'Chaque mardi et jeudi de 9 h 30 à 12 h 30',
      en: 'Every Tuesday and Thursday 9:30–12:30',
    },
    howToJoin: {
      nl: 'Kom langs tijdens de openingsuren, een afspraak is niet nodig. Het is gratis. Je kunt ook bellen naar +32 2 555 11 11 als je eerst iets wilt vragen.',
      fr: 'Passez pendant les heures d’ouverture, sans rendez-vous. C’est gratuit. Vous pouvez aussi appeler le +32 2 555 11 11 si vous voulez d’abord poser une question.',
      en: 'Drop by during opening hours; no appointment needed. It is free. You can also call +32 2 555 11 11 if you want to ask something first.',
    },
    remote: false,
    categories: ['paperwork'],
    municipalities: ['saint-josse', 'schaerbeek'],
    audiences: ['newcomers', 'families'],
    languages: ['ar', 'tr', 'fr', 'nl'],
    contactPhone: '+32 2 555 11 11',
    contactEmail: 'papieren@opendeur.example.org',
    image: {
      file: 'paperwork.jpg',
      alt: {
        nl: 'Illustratie van twee mensen die samen aan tafel een formulier invullen, met papieren en een pen.',
        fr: 'Illustration de deux personnes qui remplissent ensemble un formulaire à une table, avec des papiers et un stylo.',
        en: 'Illustration of two people filling in a form together at a table, with papers and a pen.',
      },
    },
  },
  {
    key: 'studentenbuddy-elsene',
    organisation: 'campus-hart',
    title: {
      nl: 'Buddyproject voor nieuwe studenten in Elsene',
      fr: 'Parrainage pour les nouveaux étudiants à Ixelles',
      en: 'Buddy project for new students in Ixelles',
    },
    summary: {
      nl: 'Net in Brussel komen studeren? Een student die hier al langer woont, wordt je buddy en helpt je je weg te vinden.',
      fr: 'Vous venez d’arriver à Bruxelles pour vos études\u00a0? Un étudiant qui vit ici depuis plus longtemps devient votre parrain ou marraine.',
      en: 'Just arrived in Brussels to study? A student who has lived here for a while becomes your buddy and helps you find your way.',
    },
    description: {
      nl: [
        'Een nieuwe stad, een nieuwe taal, een kot waar je niemand kent: de eerste maanden kunnen eenzaam zijn. Een buddy van Campus Cœur laat je de stad zien, gaat mee naar een eerste feestje of eet gewoon eens samen met jou.',
        'We koppelen je aan iemand met wie je iets gemeen hebt, zoals je studierichting of je hobby. Eén keer per maand is er ook een avond voor alle buddy’s samen, met spelletjes en eten uit alle landen. Veel studenten blijven daarna vrienden.',
      ],
      fr: [
        'Une nouvelle ville, une nouvelle langue, un kot où l’on ne connaît personne\u00a0: les premiers mois peuvent être solitaires. Un parrain ou une marraine de Campus Cœur vous fait découvrir la ville, vous accompagne à une première soirée ou partage simplement un repas avec vous.',
        'Nous vous mettons en contact avec quelqu’un qui vous ressemble, par exemple par les études ou les loisirs. Une fois par mois, il y a aussi une soirée pour tous les duos, avec des jeux et de la cuisine du monde entier. Beaucoup d’étudiants restent amis ensuite.',
      ],
      en: [
        'A new city, a new language, a student room where you know nobody: the first months can be lonely. A buddy from Campus Cœur shows you around the city, goes with you to a first party or simply has a meal with you.',
        'We match you with someone you have something in common with, like your subject or your hobby. Once a month there is also an evening for all the buddies together, with games and food from around the world. Many students stay friends afterwards.',
      ],
    },
    forWhom: {
      nl: 'Studenten en jongvolwassenen die net in Brussel zijn aangekomen, uit België of uit het buitenland.',
      fr: 'Les étudiants et jeunes adultes qui viennent d’arriver à Bruxelles, de Belgique ou de l’étranger.',
      en: 'Students and young adults who have just arrived in Brussels, from elsewhere in Belgium or from abroad.',
    },
    location: {
      nl: 'Campus Cœur, Boondaalsesteenweg 320, 1050 Elsene, en overal in de stad',
      fr: 'Campus Cœur, chaussée de Boondael 320, 1050 Ixelles, et partout en ville',
      en: 'Campus Cœur, Chaussée de Boondael 320, 1050 Ixelles, and all over town',
    },
    schedule: {
      nl: 'Het hele academiejaar; nieuwe duo’s starten in oktober en in februari',
      fr: 'Toute l’année académique\u00a0; les nouveaux duos commencent en octobre et en février',
      en: 'The whole academic year; new pairs start in October and February',
    },
    howToJoin: {
      nl: 'Vul het korte formulier in op campushart.example.org/buddy of mail naar buddy@campushart.example.org. Binnen twee weken stellen we je voor aan je buddy. Ook buddy worden kan via hetzelfde formulier.',
      fr: 'Remplissez le court formulaire sur campushart.example.org/buddy ou écrivez à buddy@campushart.example.org. Dans les deux semaines, nous vous présentons votre parrain ou marraine. Pour devenir parrain, c’est le même formulaire.',
      en: 'Fill in the short form at campushart.example.org/buddy or email buddy@campushart.example.org. Within two weeks we introduce you to your buddy. You can also sign up as a buddy with the same form.',
    },
    remote: false,
    categories: ['activities', 'chat'],
    municipalities: ['ixelles', 'brussels'],
    audiences: ['young-adults', 'newcomers'],
    languages: ['en', 'fr', 'nl', 'es'],
    contactEmail: 'buddy@campushart.example.org',
    website: 'https://campushart.example.org/buddy',
  },
  {
    key: 'zondagslunch-koekelberg',
    organisation: 'buurtkamer-basiliek',
    title: {
      nl: 'Zondagslunch voor wie alleen woont',
      fr: 'Repas du dimanche pour les personnes seules',
      en: 'Sunday lunch for people living alone',
    },
    summary: {
      nl: 'Op zondag is het vaak stil. In de Buurtkamer staat er dan een warme maaltijd klaar, aan een gedekte tafel, met gezelschap.',
      fr: 'Le dimanche, c’est souvent calme. À la Buurtkamer, un repas chaud vous attend alors, à une table dressée, en bonne compagnie.',
      en: 'Sundays are often quiet. At the Buurtkamer, a warm meal is waiting for you at a laid table, in good company.',
    },
    description: {
      nl: [
        'Voor wie alleen woont, is de zondag vaak de moeilijkste dag. De winkels zijn dicht en iedereen lijkt bij familie te zijn. Daarom koken vrijwilligers elke zondag een echte zondagsmaaltijd: soep, een hoofdgerecht en een dessert.',
        'We eten samen aan één lange tafel. Na het eten is er koffie, en wie wil, blijft nog voor een kaartspel. Kun je moeilijk tot bij ons komen? Laat het weten, dan haalt een vrijwilliger je op.',
      ],
      fr: [
        'Pour les personnes qui vivent seules, le dimanche est souvent le jour le plus difficile. Les magasins sont fermés et tout le monde semble être en famille. C’est pourquoi des bénévoles cuisinent chaque dimanche un vrai repas du dimanche\u00a0: une soupe, un plat et un dessert.',
        'Nous mangeons ensemble à une longue table. Après le repas, il y a du café, et ceux qui le souhaitent restent pour une partie de cartes. Vous avez du mal à venir jusqu’à nous\u00a0? Dites-le, un bénévole viendra vous chercher.',
      ],
      en: [
        'For people who live alone, Sunday is often the hardest day. The shops are closed and everyone seems to be with family. That is why volunteers cook a proper Sunday meal every week: soup, a main course and a dessert.',
        'We eat together at one long table. After the meal there is coffee, and whoever wants to can stay for a game of cards. Is it hard for you to get to us? Let us know and a volunteer will pick you up.',
      ],
    },
    forWhom: {
      nl: 'Mensen die alleen wonen, vooral ouderen, uit Koekelberg, Sint-Agatha-Berchem en Ganshoren.',
      fr: 'Les personnes qui vivent seules, surtout les aînés, de Koekelberg, Berchem-Sainte-Agathe et Ganshoren.',
      en: 'People who live alone, especially older people, from Koekelberg, Berchem-Sainte-Agathe and Ganshoren.',
    },
    location: {
      nl: 'Buurtkamer Basiliek, Herkoliersstraat 30, 1081 Koekelberg',
      fr: 'Buurtkamer Basiliek, rue Herkoliers 30, 1081 Koekelberg',
      en: 'Buurtkamer Basiliek, Rue Herkoliers 30, 1081 Koekelberg',
    },
    schedule: {
      nl: 'Aan tafel om 12 uur; wie wil, blijft nog voor koffie',
      fr: 'À table à 12 h\u00a0; qui le souhaite reste pour le café',
      en: 'Lunch is served at noon; stay for coffee if you like',
    },
    times: [{ repeats: 'weekly', date: '2026-09-01', weekday: 'sunday', startTime: '12:00', endTime: '14:30', skipHolidays: false }],
    howToJoin: {
      nl: 'Reserveer ten laatste op vrijdag via +32 2 555 11 13. De maaltijd kost 5 euro. Kun je dat niet betalen, zeg het gerust: dan is het gratis.',
      fr: 'Réservez au plus tard le vendredi au +32 2 555 11 13. Le repas coûte 5 euros. Si vous ne pouvez pas payer, dites-le sans gêne\u00a0: ce sera gratuit.',
      en: 'Book by Friday at the latest on +32 2 555 11 13. The meal costs 5 euros. If you cannot pay, just say so: then it is free.',
    },
    remote: false,
    categories: ['meals'],
    municipalities: ['koekelberg', 'berchem-sainte-agathe', 'ganshoren'],
    audiences: ['living-alone', 'seniors'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 13',
    contactEmail: 'zondag@buurtkamerbasiliek.example.org',
    image: {
      file: 'meal.jpg',
      alt: {
        nl: 'Illustratie van mensen die samen een warme maaltijd delen aan een gedekte tafel.',
        fr: 'Illustration de personnes qui partagent un repas chaud autour d’une table dressée.',
        en: 'Illustration of people sharing a warm meal around a laid table.',
      },
    },
  },
  {
    key: 'voorleesdienst-woluwe',
    organisation: 'duo-woluwe',
    title: {
      nl: 'Voorleesdienst voor wie slecht ziet',
      fr: 'Service de lecture à voix haute pour personnes malvoyantes',
      en: 'Reading-aloud service for people with poor eyesight',
    },
    summary: {
      nl: 'Een vrijwilliger komt bij je thuis voorlezen: de krant, een boek of de brieven die in de bus vielen.',
      fr: 'Un bénévole vient lire chez vous\u00a0: le journal, un livre ou le courrier arrivé dans la boîte aux lettres.',
      en: 'A volunteer comes to your home to read aloud: the newspaper, a book or the post that arrived.',
    },
    description: {
      nl: [
        'Wie slecht ziet, mist veel: het nieuws, een goed boek, de kaartjes van de kleinkinderen. Onze vrijwilligers komen een uurtje per week bij je thuis en lezen voor wat jij kiest. Sommigen lezen al jaren bij dezelfde persoon voor.',
        'Als er brieven zijn die je niet kunt lezen, leest de vrijwilliger ze voor en helpt hij of zij om een kort antwoord te schrijven. Tussen twee hoofdstukken is er natuurlijk tijd om te praten. Kan de vrijwilliger een keer niet komen, dan lezen we aan de telefoon voor.',
      ],
      fr: [
        'Quand on voit mal, on manque beaucoup de choses\u00a0: l’actualité, un bon livre, les cartes des petits-enfants. Nos bénévoles viennent chez vous une heure par semaine et lisent ce que vous choisissez. Certains font la lecture à la même personne depuis des années.',
        'S’il y a du courrier que vous ne pouvez pas lire, le bénévole vous le lit et vous aide à écrire une courte réponse. Entre deux chapitres, il y a bien sûr le temps de discuter. Si le bénévole ne peut pas venir une fois, nous lisons par téléphone.',
      ],
      en: [
        'When you cannot see well, you miss a lot: the news, a good book, the cards from your grandchildren. Our volunteers come to your home for an hour a week and read whatever you choose. Some have been reading to the same person for years.',
        'If there are letters you cannot read, the volunteer reads them to you and helps you write a short reply. Between two chapters there is of course time to talk. If the volunteer cannot come one week, we read to you over the phone.',
      ],
    },
    forWhom: {
      nl: 'Mensen die slecht zien of blind zijn, en ouderen voor wie lezen te vermoeiend is geworden, in de Woluwes en Oudergem.',
      fr: 'Les personnes malvoyantes ou aveugles, et les aînés pour qui la lecture est devenue trop fatigante, dans les Woluwe et à Auderghem.',
      en: 'People who are blind or partially sighted, and older people for whom reading has become too tiring, in the Woluwes and Auderghem.',
    },
    location: {
      nl: 'Bij je thuis, of aan de telefoon',
      fr: 'Chez vous, ou par téléphone',
      en: 'At your home, or by phone',
    },
    schedule: {
      nl: 'Eén uur per week, op een vast moment dat jullie samen kiezen',
      fr: 'Une heure par semaine, à un moment fixe que vous choisissez ensemble',
      en: 'One hour a week, at a set time you choose together',
    },
    howToJoin: {
      nl: 'Bel Duo Woluwe op +32 2 555 11 14 of vraag een familielid om te mailen naar voorlezen@duowoluwe.example.org. We komen eerst samen met de vrijwilliger langs. Het is gratis.',
      fr: 'Appelez Duo Woluwe au +32 2 555 11 14 ou demandez à un proche d’écrire à voorlezen@duowoluwe.example.org. Nous passons d’abord chez vous avec le bénévole. C’est gratuit.',
      en: 'Call Duo Woluwe on +32 2 555 11 14 or ask a relative to email voorlezen@duowoluwe.example.org. We first visit you together with the volunteer. It is free.',
    },
    remote: false,
    categories: ['activities', 'chat'],
    municipalities: ['woluwe-saint-lambert', 'woluwe-saint-pierre', 'auderghem'],
    audiences: ['disability', 'seniors'],
    languages: ['nl', 'fr', 'en'],
    contactPhone: '+32 2 555 11 14',
    contactEmail: 'voorlezen@duowoluwe.example.org',
    image: {
      file: 'reading.jpg',
      alt: {
        nl: 'Illustratie van iemand die in een gezellige zetel een boek voorleest.',
        fr: 'Illustration d’une personne qui lit un livre à voix haute dans un fauteuil confortable.',
        en: 'Illustration of someone reading a book aloud in a cosy armchair.',
      },
    },
  },
  {
    key: 'fietstaxi-woluwe',
    organisation: 'trappers-van-hart',
    title: {
      nl: 'Fietstaxi voor ouderen: een ritje met de riksja',
      fr: 'Balade en triporteur pour les aînés',
      en: 'Bike-taxi rides for older people',
    },
    summary: {
      nl: 'Een vrijwilliger neemt je mee op een elektrische riksja, naar het park, langs de vijvers of naar je oude buurt.',
      fr: 'Un bénévole vous emmène en triporteur électrique, au parc, le long des étangs ou dans votre ancien quartier.',
      en: 'A volunteer takes you out on an electric rickshaw, to the park, along the ponds or back to your old neighbourhood.',
    },
    description: {
      nl: [
        'Je zit vooraan op een comfortabel bankje, met een dekentje over je knieën. Achter je fietst een vrijwilliger. Jij kiest waar je naartoe wilt: het Woluwepark, de vijvers van het Rood Klooster, of de straat waar je vroeger woonde.',
        'Veel passagiers zijn al lang niet meer buiten geweest. Plots zien ze weer bomen, mensen, een terrasje. Onderweg komen de verhalen vanzelf. Je mag alleen gaan of met z’n tweeën, bijvoorbeeld met een vriendin of met je partner.',
      ],
      fr: [
        'Vous êtes assis à l’avant sur une banquette confortable, une couverture sur les genoux. Derrière vous, un bénévole pédale. Vous choisissez où aller\u00a0: le parc de Woluwe, les étangs du Rouge-Cloître ou la rue où vous habitiez autrefois.',
        'Beaucoup de passagers n’étaient plus sortis depuis longtemps. Tout à coup, ils revoient des arbres, des gens, une terrasse. En chemin, les histoires viennent toutes seules. Vous pouvez partir seul ou à deux, par exemple avec une amie ou votre partenaire.',
      ],
      en: [
        'You sit at the front on a comfortable bench, with a blanket over your knees. Behind you, a volunteer pedals. You choose where to go: Woluwe Park, the ponds of Rouge-Cloître, or the street where you used to live.',
        'Many passengers have not been outside for a long time. Suddenly they see trees, people, a café terrace again. On the way, the stories come by themselves. You can ride alone or as a pair, for example with a friend or your partner.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen met een beperking in Sint-Pieters-Woluwe, Sint-Lambrechts-Woluwe en Oudergem, thuis of in een woonzorgcentrum.',
      fr: 'Les aînés et les personnes en situation de handicap à Woluwe-Saint-Pierre, Woluwe-Saint-Lambert et Auderghem, à domicile ou en maison de repos.',
      en: 'Older people and people with a disability in Woluwe-Saint-Pierre, Woluwe-Saint-Lambert and Auderghem, at home or in a care home.',
    },
    location: {
      nl: 'Vertrek bij je thuis of aan je woonzorgcentrum',
      fr: 'Départ de chez vous ou de votre maison de repos',
      en: 'Starting from your home or your care home',
    },
    schedule: {
      nl: 'Van april tot oktober, op dinsdag-, donderdag- en zaterdagnamiddag; een rit duurt ongeveer een uur',
      fr: 'D’avril à octobre, le mardi, le jeudi et le samedi après-midi\u00a0; une balade dure environ une heure',
      en: 'April to October, on Tuesday, Thursday and Saturday afternoons; a ride takes about an hour',
    },
    howToJoin: {
      nl: 'Bel Trappers van Hart op +32 2 555 11 15 of mail naar rit@trappersvanhart.example.org. Reserveer een week op voorhand. Een rit is gratis. Bij regen spreken we een nieuwe datum af.',
      fr: 'Appelez Trappers van Hart au +32 2 555 11 15 ou écrivez à rit@trappersvanhart.example.org. Réservez une semaine à l’avance. La balade est gratuite. S’il pleut, nous fixons une nouvelle date.',
      en: 'Call Trappers van Hart on +32 2 555 11 15 or email rit@trappersvanhart.example.org. Book a week ahead. A ride is free. If it rains, we set a new date.',
    },
    remote: false,
    categories: ['activities', 'chat'],
    municipalities: ['woluwe-saint-pierre', 'woluwe-saint-lambert', 'auderghem'],
    audiences: ['seniors', 'disability'],
    languages: ['nl', 'fr', 'en'],
    contactPhone: '+32 2 555 11 15',
    contactEmail: 'rit@trappersvanhart.example.org',
    website: 'https://trappersvanhart.example.org',
    image: {
      file: 'bike.jpg',
      alt: {
        nl: 'Illustratie van een fietstochtje samen door een groene straat, in warme kleuren.',
        fr: 'Illustration d’une balade à vélo ensemble dans une rue verdoyante, aux couleurs chaudes.',
        en: 'Illustration of a bike ride together along a leafy street, in warm colours.',
      },
    },
  },
  {
    key: 'taalwandelingen',
    organisation: 'open-deur',
    title: {
      nl: 'Taalwandelingen door Brussel',
      fr: 'Promenades linguistiques dans Bruxelles',
      en: 'Language-exchange walks through Brussels',
    },
    summary: {
      nl: 'Wandel in duo’s door de stad en oefen Nederlands of Frans met iemand die hier al lang woont. En leer een beetje van zijn taal.',
      fr: 'Marchez en duo à travers la ville et pratiquez le français ou le néerlandais avec quelqu’un qui vit ici depuis longtemps. Et apprenez un peu de sa langue.',
      en: 'Walk through the city in pairs and practise Dutch or French with someone who has lived here for a long time. And learn a bit of their language.',
    },
    description: {
      nl: [
        'Een taal leer je niet alleen in de klas. Tijdens een taalwandeling stappen we met een groep van tien tot twintig mensen door Brussel. Onderweg wandel je telkens met iemand anders, de ene helft in het Nederlands of Frans, de andere helft in de taal van de ander.',
        'Elke keer ontdekken we een andere buurt: de Kruidtuin, de Marollen, het kanaal. We stoppen voor een koffie en eindigen altijd met iets lekkers. Fouten maken mag, daar leer je van. En je gaat naar huis met een paar nieuwe gezichten.',
      ],
      fr: [
        'On n’apprend pas une langue seulement en classe. Pendant une promenade linguistique, nous marchons à travers Bruxelles en groupe de dix à vingt personnes. En chemin, vous changez de partenaire, une moitié du temps en français ou en néerlandais, l’autre moitié dans la langue de l’autre.',
        'Chaque fois, nous découvrons un autre quartier\u00a0: le Botanique, les Marolles, le canal. Nous faisons une pause café et nous terminons toujours par quelque chose de bon. Faire des fautes est permis, c’est comme ça qu’on apprend. Et vous rentrez avec quelques nouveaux visages.',
      ],
      en: [
        'You do not learn a language only in a classroom. On a language-exchange walk, a group of ten to twenty people walks through Brussels. Along the way you walk with a different partner each time, half the time in Dutch or French, the other half in the other person’s language.',
        'Each time we discover another neighbourhood: the Botanical Garden, the Marolles, the canal. We stop for a coffee and always end with something tasty. Making mistakes is fine; that is how you learn. And you go home with a few new faces.',
      ],
    },
    forWhom: {
      nl: 'Nieuwkomers die Nederlands of Frans willen oefenen, en Brusselaars die graag nieuwe mensen ontmoeten. Iedereen is welkom.',
      fr: 'Les primo-arrivants qui veulent pratiquer le français ou le néerlandais, et les Bruxellois qui aiment rencontrer de nouvelles personnes. Tout le monde est le bienvenu.',
      en: 'Newcomers who want to practise Dutch or French, and people from Brussels who like meeting new people. Everyone is welcome.',
    },
    location: {
      nl: 'Vertrek aan het Sint-Joostplein, 1210 Sint-Joost-ten-Node',
      fr: 'Départ place Saint-Josse, 1210 Saint-Josse-ten-Noode',
      en: 'Meeting point: Place Saint-Josse, 1210 Saint-Josse',
    },
    schedule: {
      nl: 'Vertrek stipt op het uur; we wachten niet lang',
      fr: 'Départ à l’heure pile\u00a0; nous n’attendons pas longtemps',
      en: 'We set off on the hour; we do not wait long',
    },
    times: [{ repeats: 'weekly', date: '2026-09-05', weekday: 'saturday', startTime: '10:00', endTime: '12:00', everyWeeks: 2 }],
    howToJoin: {
      nl: 'Stuur een berichtje of bel naar +32 2 555 11 16 om te weten wanneer de volgende wandeling is, of kijk op opendeur.example.org. Deelnemen is gratis. Trek goede schoenen aan.',
      fr: 'Envoyez un message ou appelez le +32 2 555 11 16 pour connaître la date de la prochaine promenade, ou consultez opendeur.example.org. La participation est gratuite. Prévoyez de bonnes chaussures.',
      en: 'Text or call +32 2 555 11 16 to find out when the next walk is, or check opendeur.example.org. Taking part is free. Wear comfortable shoes.',
    },
    remote: false,
    categories: ['walking', 'activities'],
    municipalities: ['saint-josse', 'brussels'],
    audiences: ['newcomers', 'everyone'],
    languages: ['nl', 'fr', 'en', 'es'],
    contactPhone: '+32 2 555 11 16',
    website: 'https://opendeur.example.org/taalwandelingen',
  },
  {
    key: 'moestuin-bosvoorde',
    organisation: 'tuinkring-zonienrand',
    title: {
      nl: 'Samen tuinieren in de gedeelde moestuin',
      fr: 'Jardiner ensemble au potager partagé',
      en: 'Gardening together in the shared vegetable garden',
    },
    summary: {
      nl: 'Zaaien, wieden en oogsten met buren, vlak bij het Zoniënwoud. Je hoeft niets van tuinieren te kennen.',
      fr: 'Semer, désherber et récolter avec des voisins, tout près de la forêt de Soignes. Pas besoin de s’y connaître en jardinage.',
      en: 'Sowing, weeding and harvesting with neighbours, close to the Sonian Forest. You do not need to know anything about gardening.',
    },
    description: {
      nl: [
        'In onze moestuin groeien tomaten, bonen, pompoenen en heel veel kruiden. Er zijn hoge bakken, zodat je niet hoeft te bukken, en een breed pad voor een rolstoel of een kinderwagen. Gereedschap en handschoenen zijn er, je brengt alleen jezelf mee.',
        'Iedereen doet wat hij kan. De ene graaft, de andere giet water of zet koffie. Kinderen zoeken wormen en plukken aardbeien. Wat we oogsten, delen we eerlijk met iedereen die meehelpt.',
      ],
      fr: [
        'Dans notre potager poussent des tomates, des haricots, des potirons et beaucoup d’herbes aromatiques. Il y a des bacs surélevés pour ne pas devoir se pencher, et un large chemin pour un fauteuil roulant ou une poussette. Les outils et les gants sont là, vous n’apportez que vous-même.',
        'Chacun fait ce qu’il peut. L’un bêche, l’autre arrose ou prépare le café. Les enfants cherchent des vers de terre et cueillent des fraises. Ce que nous récoltons, nous le partageons équitablement entre tous ceux qui aident.',
      ],
      en: [
        'In our garden we grow tomatoes, beans, pumpkins and lots of herbs. There are raised beds so you do not have to bend down, and a wide path for a wheelchair or a pushchair. Tools and gloves are there; you only bring yourself.',
        'Everyone does what they can. One person digs, another waters or makes coffee. Children look for worms and pick strawberries. What we harvest, we share fairly with everyone who helps.',
      ],
    },
    forWhom: {
      nl: 'Iedereen uit Watermaal-Bosvoorde en Oudergem: gezinnen met kinderen, gepensioneerden, mensen die alleen wonen of gewoon graag buiten zijn.',
      fr: 'Tous les habitants de Watermael-Boitsfort et d’Auderghem\u00a0: familles avec enfants, retraités, personnes seules ou qui aiment simplement être dehors.',
      en: 'Everyone from Watermael-Boitsfort and Auderghem: families with children, retired people, people living alone or anyone who just likes being outdoors.',
    },
    location: {
      nl: 'Moestuin Zoniënrand, achter Terhulpsesteenweg 301, 1170 Watermaal-Bosvoorde (ingang via het groene hek)',
      fr: 'Potager de la Lisière, derrière la chaussée de La Hulpe 301, 1170 Watermael-Boitsfort (entrée par la grille verte)',
      en: 'Forest Edge Garden, behind Chaussée de La Hulpe 301, 1170 Watermael-Boitsfort (enter through the green gate)',
    },
    schedule: {
      nl: 'Van maart tot oktober, elke woensdag van 14 tot 17 uur en elke zaterdag van 10 tot 13 uur',
      fr: 'De mars à octobre, chaque mercredi de 14 h à 17 h et chaque samedi de 10 h à 13 h',
      en: 'March to October, every Wednesday 14:00–17:00 and every Saturday 10:00–13:00',
    },
    howToJoin: {
      nl: 'Kom een keer kijken tijdens de openingsuren, je hoeft niet te verwittigen. Wil je vaker komen, dan word je lid voor 10 euro per jaar. Vragen? Mail naar tuin@zonienrand.example.org.',
      fr: 'Venez jeter un œil pendant les heures d’ouverture, sans prévenir. Si vous voulez revenir régulièrement, l’adhésion coûte 10 euros par an. Des questions\u00a0? Écrivez à tuin@zonienrand.example.org.',
      en: 'Come and have a look during opening hours; no need to let us know. If you want to come regularly, membership is 10 euros a year. Questions? Email tuin@zonienrand.example.org.',
    },
    remote: false,
    categories: ['activities'],
    municipalities: ['watermael-boitsfort', 'auderghem'],
    audiences: ['everyone', 'families'],
    languages: ['nl', 'fr', 'en'],
    contactEmail: 'tuin@zonienrand.example.org',
    website: 'https://zonienrand.example.org',
    image: {
      file: 'garden.jpg',
      alt: {
        nl: 'Illustratie van een moestuin met groenten in plantenbakken en een gieter.',
        fr: 'Illustration d’un potager avec des légumes dans des bacs et un arrosoir.',
        en: 'Illustration of a vegetable garden with vegetables in planters and a watering can.',
      },
    },
  },
  {
    key: 'boodschappendienst-evere',
    organisation: 'zorgzame-buren-evere',
    title: {
      nl: 'Boodschappendienst in Evere',
      fr: 'Service de courses à Evere',
      en: 'Shopping service in Evere',
    },
    summary: {
      nl: 'Een vaste vrijwilliger doet elke week boodschappen voor je, of gaat met je mee naar de winkel en de apotheek.',
      fr: 'Un bénévole fixe fait vos courses chaque semaine, ou vous accompagne au magasin et à la pharmacie.',
      en: 'A regular volunteer does your shopping every week, or goes with you to the shop and the pharmacy.',
    },
    description: {
      nl: [
        'Sommige mensen willen zelf nog graag naar de winkel, maar niet alleen. Anderen kunnen niet meer buiten. Daarom kun je kiezen: de vrijwilliger gaat met je mee en draagt de zakken, of doet de boodschappen voor jou.',
        'De vrijwilliger haalt ook je geneesmiddelen bij de apotheek of brengt een pakje naar de post. Je betaalt alleen wat er gekocht wordt. Omdat het elke week dezelfde persoon is, groeit er vaak ook een band.',
      ],
      fr: [
        'Certaines personnes aiment encore aller elles-mêmes au magasin, mais pas seules. D’autres ne peuvent plus sortir. Vous pouvez donc choisir\u00a0: le bénévole vous accompagne et porte les sacs, ou il fait les courses pour vous.',
        'Le bénévole va aussi chercher vos médicaments à la pharmacie ou dépose un colis à la poste. Vous payez seulement ce qui est acheté. Comme c’est chaque semaine la même personne, un lien se crée souvent.',
      ],
      en: [
        'Some people still like to go to the shop themselves, but not alone. Others can no longer go out. So you can choose: the volunteer goes with you and carries the bags, or does the shopping for you.',
        'The volunteer also picks up your medicines from the pharmacy or takes a parcel to the post office. You only pay for what is bought. Because it is the same person every week, a real bond often grows.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen die alleen wonen in Evere en niet meer goed zelf boodschappen kunnen doen.',
      fr: 'Les aînés et les personnes seules à Evere qui ont du mal à faire leurs courses eux-mêmes.',
      en: 'Older people and people living alone in Evere who find it hard to do their own shopping.',
    },
    location: {
      nl: 'Bij je thuis en in de winkels van Evere',
      fr: 'Chez vous et dans les magasins d’Evere',
      en: 'At your home and in the shops of Evere',
    },
    schedule: {
      nl: 'Eén keer per week, op dinsdag- of vrijdagvoormiddag',
      fr: 'Une fois par semaine, le mardi ou le vendredi matin',
      en: 'Once a week, on Tuesday or Friday morning',
    },
    howToJoin: {
      nl: 'Bel Zorgzame Buren Evere op +32 2 555 11 18. Onze coördinatrice komt eerst bij je op bezoek om kennis te maken. De dienst is gratis.',
      fr: 'Appelez Zorgzame Buren Evere au +32 2 555 11 18. Notre coordinatrice vient d’abord vous rendre visite pour faire connaissance. Le service est gratuit.',
      en: 'Call Zorgzame Buren Evere on +32 2 555 11 18. Our coordinator first visits you to get to know you. The service is free.',
    },
    remote: false,
    categories: ['groceries', 'accompaniment'],
    municipalities: ['evere'],
    audiences: ['seniors', 'living-alone'],
    languages: ['nl', 'fr', 'it'],
    contactPhone: '+32 2 555 11 18',
    contactEmail: 'boodschappen@zorgzameburen.example.org',
  },
  {
    key: 'smartphonecafe-etterbeek',
    organisation: 'klikklaar',
    title: {
      nl: 'Smartphonecafé in Etterbeek',
      fr: 'Café smartphone à Etterbeek',
      en: 'Smartphone café in Etterbeek',
    },
    summary: {
      nl: 'Elke maandag een kop koffie en al je vragen over je smartphone of tablet. In kleine groepjes, op jouw tempo.',
      fr: 'Chaque lundi, un café et toutes vos questions sur votre smartphone ou votre tablette. En petits groupes, à votre rythme.',
      en: 'Every Monday: a cup of coffee and all your questions about your smartphone or tablet. In small groups, at your own pace.',
    },
    description: {
      nl: [
        'Hoe maak je een foto groter? Hoe stuur je een bericht via WhatsApp? Waarom vraagt je telefoon altijd om een update? In het Smartphonecafé is geen enkele vraag te dom. Je zit aan een tafel met drie of vier mensen en een vrijwilliger.',
        'Elke week is er een klein thema, bijvoorbeeld videobellen of veilig online winkelen. Maar je mag ook gewoon met je eigen vraag komen. Veel deelnemers helpen elkaar na een tijdje zelf verder.',
      ],
      fr: [
        'Comment agrandir une photo\u00a0? Comment envoyer un message sur WhatsApp\u00a0? Pourquoi votre téléphone demande-t-il toujours une mise à jour\u00a0? Au Café smartphone, aucune question n’est bête. Vous êtes à une table avec trois ou quatre personnes et un bénévole.',
        'Chaque semaine, il y a un petit thème, par exemple les appels vidéo ou les achats en ligne en toute sécurité. Mais vous pouvez aussi venir avec votre propre question. Après un moment, beaucoup de participants s’entraident.',
      ],
      en: [
        'How do you make a photo bigger? How do you send a message on WhatsApp? Why does your phone always ask for an update? At the Smartphone café, no question is silly. You sit at a table with three or four people and a volunteer.',
        'Each week there is a small topic, for example video calls or shopping safely online. But you can also just bring your own question. After a while, many participants start helping each other.',
      ],
    },
    forWhom: {
      nl: 'Iedereen die zijn smartphone of tablet beter wil leren gebruiken, vooral ouderen, uit Etterbeek, Elsene en omgeving.',
      fr: 'Toute personne qui veut mieux utiliser son smartphone ou sa tablette, surtout les aînés, d’Etterbeek, d’Ixelles et des environs.',
      en: 'Anyone who wants to get better at using their smartphone or tablet, especially older people, from Etterbeek, Ixelles and nearby.',
    },
    location: {
      nl: 'Klikklaar, Oudergemlaan 120, 1040 Etterbeek',
      fr: 'Klikklaar, avenue d’Auderghem 120, 1040 Etterbeek',
      en: 'Klikklaar, Avenue d’Auderghem 120, 1040 Etterbeek',
    },
    schedule: {
      nl: 'Binnenlopen kan op elk moment, ook later',
      fr: 'Vous pouvez arriver à tout moment, même plus tard',
      en: 'Drop in at any time, late is fine',
    },
    times: [{ repeats: 'weekly', date: '2026-09-01', weekday: 'monday', startTime: '14:00', endTime: '16:00' }],
    howToJoin: {
      nl: 'Kom gewoon binnen met je toestel en je oplader. Het kost 2 euro, koffie inbegrepen. Liever eerst iets vragen? Bel +32 2 555 11 19.',
      fr: 'Entrez simplement avec votre appareil et votre chargeur. C’est 2 euros, café compris. Vous préférez d’abord poser une question\u00a0? Appelez le +32 2 555 11 19.',
      en: 'Just come in with your device and charger. It costs 2 euros, coffee included. Want to ask something first? Call +32 2 555 11 19.',
    },
    remote: false,
    categories: ['digital'],
    municipalities: ['etterbeek', 'ixelles'],
    audiences: ['seniors', 'everyone'],
    languages: ['nl', 'fr', 'en'],
    contactPhone: '+32 2 555 11 19',
    contactEmail: 'cafe@klikklaar.example.org',
  },
  {
    key: 'digihulplijn',
    organisation: 'klikklaar',
    title: {
      nl: 'Digihulplijn: hulp bij itsme en online bankieren',
      fr: 'Ligne d’aide numérique\u00a0: itsme et banque en ligne',
      en: 'Digital helpline: itsme and online banking',
    },
    summary: {
      nl: 'Vast met itsme, je bankapp of een formulier op internet? Bel de Digihulplijn en een vrijwilliger helpt je stap voor stap.',
      fr: 'Bloqué avec itsme, votre application bancaire ou un formulaire en ligne\u00a0? Appelez la ligne d’aide et un bénévole vous guide pas à pas.',
      en: 'Stuck with itsme, your banking app or an online form? Call the helpline and a volunteer guides you step by step.',
    },
    description: {
      nl: [
        'Steeds meer dingen vragen om itsme of een bankapp: je belastingaangifte, een attest van de gemeente, een overschrijving. Als het niet lukt, sta je vaak alleen. Aan de Digihulplijn zit een vrijwilliger die rustig met je meekijkt, terwijl jij thuis met je eigen toestel werkt.',
        'Belangrijk: we vragen nooit naar je pincode, je wachtwoorden of je bankkaart. Wie dat wel vraagt aan de telefoon, is een oplichter. Ook daar vertellen we je graag meer over, zodat je veilig online kunt.',
      ],
      fr: [
        'De plus en plus de démarches demandent itsme ou une application bancaire\u00a0: la déclaration d’impôts, un document de la commune, un virement. Quand ça ne marche pas, on se retrouve souvent seul. À la ligne d’aide, un bénévole vous guide calmement pendant que vous utilisez votre propre appareil à la maison.',
        'Important\u00a0: nous ne demandons jamais votre code PIN, vos mots de passe ou votre carte bancaire. Si quelqu’un vous les demande au téléphone, c’est un escroc. Nous vous en parlons volontiers, pour que vous puissiez aller en ligne en toute sécurité.',
      ],
      en: [
        'More and more things require itsme or a banking app: your tax return, a certificate from the municipality, a bank transfer. When it does not work, you are often on your own. On the helpline, a volunteer calmly guides you while you use your own device at home.',
        'Important: we never ask for your PIN code, your passwords or your bank card. Anyone who asks for these on the phone is a scammer. We are happy to tell you more about that too, so you can stay safe online.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen die alleen wonen en thuis vastlopen met digitale zaken, in Etterbeek, Sint-Lambrechts-Woluwe en Schaarbeek.',
      fr: 'Les aînés et les personnes seules qui bloquent à la maison avec le numérique, à Etterbeek, Woluwe-Saint-Lambert et Schaerbeek.',
      en: 'Older people and people living alone who get stuck with digital things at home, in Etterbeek, Woluwe-Saint-Lambert and Schaerbeek.',
    },
    location: {
      nl: 'Aan de telefoon, terwijl jij thuis je toestel gebruikt',
      fr: 'Par téléphone, pendant que vous utilisez votre appareil à la maison',
      en: 'By phone, while you use your device at home',
    },
    schedule: {
      nl: 'Van maandag tot vrijdag van 9.30 tot 12.30 uur',
      fr: 'Du lundi au vendredi de 9 h 30 à 12 h 30',
      en: 'Monday to Friday 9:30–12:30',
    },
    howToJoin: {
      nl: 'Bel +32 2 555 11 20. Is de lijn bezet? Spreek je naam en nummer in, we bellen dezelfde dag terug. Het is gratis.',
      fr: 'Appelez le +32 2 555 11 20. La ligne est occupée\u00a0? Laissez votre nom et votre numéro, nous vous rappelons le jour même. C’est gratuit.',
      en: 'Call +32 2 555 11 20. Is the line busy? Leave your name and number and we will call you back the same day. It is free.',
    },
    remote: true,
    categories: ['digital', 'paperwork'],
    municipalities: ['etterbeek', 'woluwe-saint-lambert', 'schaerbeek'],
    audiences: ['seniors', 'living-alone'],
    languages: ['nl', 'fr', 'en'],
    contactPhone: '+32 2 555 11 20',
    contactEmail: 'hulplijn@klikklaar.example.org',
  },
  {
    key: 'laptops-voor-gezinnen',
    organisation: 'klikklaar',
    title: {
      nl: 'Een laptop en lessen voor gezinnen',
      fr: 'Un ordinateur portable et des cours pour les familles',
      en: 'A laptop and lessons for families',
    },
    summary: {
      nl: 'Volg zes lessen met je gezin en neem daarna een laptop mee naar huis, voor school, werk en contact met familie.',
      fr: 'Suivez six cours en famille, puis rentrez avec un ordinateur portable, pour l’école, le travail et le contact avec vos proches.',
      en: 'Follow six lessons as a family and then take a laptop home, for school, work and staying in touch with relatives.',
    },
    description: {
      nl: [
        'Veel kinderen moeten thuis op een computer hun huiswerk maken, maar niet elk gezin heeft er een. Bij Klikklaar leer je samen met je kinderen de basis: een document maken, mailen, veilig zoeken op internet en het schoolplatform gebruiken.',
        'Na de zes lessen krijg je een opgeknapte laptop in bruikleen voor een jaar. Daarna mag je hem houden. Lukt er thuis iets niet, dan kun je altijd bij ons terecht.',
      ],
      fr: [
        'Beaucoup d’enfants doivent faire leurs devoirs sur un ordinateur, mais toutes les familles n’en ont pas. Chez Klikklaar, vous apprenez les bases avec vos enfants\u00a0: créer un document, envoyer un e-mail, chercher en sécurité sur internet et utiliser la plateforme de l’école.',
        'Après les six cours, vous recevez un ordinateur portable reconditionné en prêt pour un an. Ensuite, vous pouvez le garder. Si quelque chose ne marche pas à la maison, vous pouvez toujours revenir nous voir.',
      ],
      en: [
        'Many children have to do their homework on a computer, but not every family has one. At Klikklaar, you learn the basics together with your children: making a document, sending an email, searching the internet safely and using the school platform.',
        'After the six lessons you get a refurbished laptop on loan for a year. After that, you can keep it. If something does not work at home, you can always come back to us.',
      ],
    },
    forWhom: {
      nl: 'Gezinnen met schoolgaande kinderen zonder computer thuis, ook gezinnen die pas in Brussel wonen, in Etterbeek en Schaarbeek.',
      fr: 'Les familles avec des enfants scolarisés et sans ordinateur à la maison, y compris les familles récemment arrivées à Bruxelles, à Etterbeek et Schaerbeek.',
      en: 'Families with school-age children and no computer at home, including families new to Brussels, in Etterbeek and Schaerbeek.',
    },
    location: {
      nl: 'Klikklaar, Oudergemlaan 120, 1040 Etterbeek',
      fr: 'Klikklaar, avenue d’Auderghem 120, 1040 Etterbeek',
      en: 'Klikklaar, Avenue d’Auderghem 120, 1040 Etterbeek',
    },
    schedule: {
      nl: 'Zes zaterdagen na elkaar van 10 tot 12 uur; een nieuwe reeks start in september, januari en april',
      fr: 'Six samedis de suite de 10 h à 12 h\u00a0; une nouvelle série commence en septembre, janvier et avril',
      en: 'Six Saturdays in a row 10:00–12:00; a new series starts in September, January and April',
    },
    howToJoin: {
      nl: 'Schrijf je in via +32 2 555 11 21 of gezinnen@klikklaar.example.org. De lessen zijn gratis. Voor de laptop vragen we een waarborg van 20 euro, die je terugkrijgt.',
      fr: 'Inscrivez-vous au +32 2 555 11 21 ou à gezinnen@klikklaar.example.org. Les cours sont gratuits. Pour l’ordinateur, nous demandons une caution de 20 euros, qui vous est rendue.',
      en: 'Sign up on +32 2 555 11 21 or at gezinnen@klikklaar.example.org. The lessons are free. For the laptop we ask a deposit of 20 euros, which you get back.',
    },
    remote: false,
    categories: ['digital'],
    municipalities: ['etterbeek', 'schaerbeek'],
    audiences: ['families', 'newcomers'],
    languages: ['fr', 'nl', 'en', 'ar'],
    contactPhone: '+32 2 555 11 21',
    contactEmail: 'gezinnen@klikklaar.example.org',
  },
  {
    key: 'solidaire-kruidenier-kuregem',
    organisation: 'de-volle-mand',
    title: {
      nl: 'Solidaire kruidenier in Kuregem',
      fr: 'Épicerie solidaire à Cureghem',
      en: 'Community grocery shop in Cureghem',
    },
    summary: {
      nl: 'Verse groenten, brood en basisproducten aan een lage prijs, in een winkel waar je ook even kunt blijven voor een koffie.',
      fr: 'Des légumes frais, du pain et des produits de base à petit prix, dans une épicerie où l’on peut aussi rester pour un café.',
      en: 'Fresh vegetables, bread and basic products at a low price, in a shop where you can also stay for a coffee.',
    },
    description: {
      nl: [
        'De solidaire kruidenier ziet eruit als een gewone buurtwinkel. Je kiest zelf wat je nodig hebt en betaalt aan de kassa. Alleen de prijzen zijn anders: tot de helft goedkoper dan in de supermarkt. Veel groenten komen van boeren uit de buurt van Brussel.',
        'In een hoek van de winkel staan een paar tafels met koffie en thee. Daar zitten vrijwilligers die tijd hebben voor een praatje, of die je helpen als je andere vragen hebt. Hier kom je niet alleen om te winkelen.',
      ],
      fr: [
        'L’épicerie solidaire ressemble à un magasin de quartier ordinaire. Vous choisissez vous-même ce dont vous avez besoin et vous payez à la caisse. Seuls les prix sont différents\u00a0: jusqu’à moitié moins cher qu’au supermarché. Beaucoup de légumes viennent de fermes proches de Bruxelles.',
        'Dans un coin du magasin, il y a quelques tables avec du café et du thé. Des bénévoles y prennent le temps de discuter, ou de vous aider si vous avez d’autres questions. Ici, on ne vient pas seulement pour faire ses courses.',
      ],
      en: [
        'The community grocery shop looks like an ordinary local shop. You choose what you need and pay at the till. Only the prices are different: up to half of what you pay in the supermarket. Many vegetables come from farms near Brussels.',
        'In a corner of the shop there are a few tables with coffee and tea. Volunteers sit there with time for a chat, or to help if you have other questions. Here you do not just come to shop.',
      ],
    },
    forWhom: {
      nl: 'Gezinnen en mensen die alleen wonen in Anderlecht met een klein inkomen.',
      fr: 'Les familles et les personnes seules à Anderlecht qui ont un petit revenu.',
      en: 'Families and people living alone in Anderlecht on a low income.',
    },
    location: {
      nl: 'Solidaire kruidenier De Volle Mand, Clemenceaulaan 41, 1070 Anderlecht',
      fr: 'Épicerie solidaire De Volle Mand, avenue Clemenceau 41, 1070 Anderlecht',
      en: 'De Volle Mand community shop, Avenue Clemenceau 41, 1070 Anderlecht',
    },
    schedule: {
      nl: 'Dinsdag en donderdag van 10 tot 18 uur, zaterdag van 10 tot 13 uur',
      fr: 'Mardi et jeudi de 10 h à 18 h, samedi de 10 h à 13 h',
      en: 'Tuesday and Thursday 10:00–18:00, Saturday 10:00–13:00',
    },
    howToJoin: {
      nl: 'Kom langs op dinsdagvoormiddag voor een kort gesprek met onze maatschappelijk werker. Breng je identiteitskaart en een bewijs van je inkomen mee. Je krijgt dan een klantenkaart voor een jaar. Vragen? Bel +32 2 555 11 22.',
      fr: 'Passez le mardi matin pour un court entretien avec notre assistante sociale. Apportez votre carte d’identité et une preuve de revenus. Vous recevez alors une carte de client valable un an. Des questions\u00a0? Appelez le +32 2 555 11 22.',
      en: 'Come by on a Tuesday morning for a short talk with our social worker. Bring your identity card and proof of income. You then get a customer card valid for a year. Questions? Call +32 2 555 11 22.',
    },
    remote: false,
    categories: ['groceries', 'meals'],
    municipalities: ['anderlecht'],
    audiences: ['families', 'living-alone'],
    languages: ['fr', 'nl', 'ar', 'ro'],
    contactPhone: '+32 2 555 11 22',
    contactEmail: 'winkel@vollemand.example.org',
  },
  {
    key: 'samen-koken-kuregem',
    organisation: 'de-volle-mand',
    title: {
      nl: 'Samen koken en eten in Kuregem',
      fr: 'Cuisiner et manger ensemble à Cureghem',
      en: 'Cooking and eating together in Cureghem',
    },
    summary: {
      nl: 'Elke donderdag koken we met producten uit de winkel een maaltijd uit een ander land. Daarna eten we samen.',
      fr: 'Chaque jeudi, nous cuisinons avec les produits de l’épicerie un plat d’un autre pays. Ensuite, nous mangeons ensemble.',
      en: 'Every Thursday we cook a dish from a different country with food from the shop. Then we eat together.',
    },
    description: {
      nl: [
        'Deze week Marokkaanse couscous, volgende week Roemeense sarmale, daarna stoemp met worst. Elke donderdag is iemand anders de chef en leert de anderen een recept uit zijn of haar land. Kinderen mogen mee helpen snijden en roeren.',
        'Om half één zit iedereen aan tafel. Wat overblijft, mag je in een doosje mee naar huis nemen. Je leert nieuwe recepten, goedkoop en gezond koken, en vooral: je leert mensen kennen.',
      ],
      fr: [
        'Cette semaine un couscous marocain, la semaine prochaine des sarmale roumains, ensuite un stoemp-saucisse. Chaque jeudi, quelqu’un d’autre est le chef et apprend aux autres une recette de son pays. Les enfants peuvent aider à couper et à mélanger.',
        'À midi et demi, tout le monde passe à table. Ce qui reste, vous pouvez l’emporter dans une boîte. Vous apprenez de nouvelles recettes, à cuisiner sain et pas cher, et surtout\u00a0: vous rencontrez des gens.',
      ],
      en: [
        'This week Moroccan couscous, next week Romanian sarmale, then stoemp with sausage. Every Thursday someone else is the chef and teaches the others a recipe from their country. Children can help with chopping and stirring.',
        'At half past twelve, everyone sits down at the table. You can take leftovers home in a box. You learn new recipes and how to cook cheaply and healthily, and above all: you get to know people.',
      ],
    },
    forWhom: {
      nl: 'Gezinnen, nieuwkomers en iedereen in Anderlecht die graag kookt of wil leren koken.',
      fr: 'Les familles, les primo-arrivants et tous les habitants d’Anderlecht qui aiment cuisiner ou veulent apprendre.',
      en: 'Families, newcomers and anyone in Anderlecht who likes cooking or wants to learn.',
    },
    location: {
      nl: 'Keuken van De Volle Mand, Clemenceaulaan 41, 1070 Anderlecht',
      fr: 'Cuisine de De Volle Mand, avenue Clemenceau 41, 1070 Anderlecht',
      en: 'De Volle Mand kitchen, Avenue Clemenceau 41, 1070 Anderlecht',
    },
    schedule: {
      nl: 'We koken tot half één en eten dan samen',
      fr: 'Nous cuisinons jusqu’à midi et demi, puis nous mangeons ensemble',
      en: 'We cook until half past twelve, then eat together',
    },
    times: [{ repeats: 'weekly', date: '2026-09-01', weekday: 'thursday', startTime: '10:00', endTime: '14:00' }],
    howToJoin: {
      nl: 'Schrijf je in tot dinsdag via +32 2 555 11 23, want er zijn maar twaalf plaatsen. Deelnemen kost 3 euro per volwassene, kinderen eten gratis mee.',
      fr: 'Inscrivez-vous jusqu’au mardi au +32 2 555 11 23, car il n’y a que douze places. La participation coûte 3 euros par adulte, les enfants mangent gratuitement.',
      en: 'Sign up by Tuesday on +32 2 555 11 23, as there are only twelve places. It costs 3 euros per adult; children eat for free.',
    },
    remote: false,
    categories: ['meals', 'activities'],
    municipalities: ['anderlecht'],
    audiences: ['families', 'newcomers'],
    languages: ['fr', 'nl', 'ar', 'ro'],
    contactPhone: '+32 2 555 11 23',
  },
  {
    key: 'bezoek-bewoner-woonzorgcentrum',
    organisation: 'zilverdraad',
    title: {
      nl: 'Op bezoek bij een bewoner van een woonzorgcentrum',
      fr: 'Une visite régulière pour un résident de maison de repos',
      en: 'Regular visits for a care-home resident',
    },
    summary: {
      nl: 'Een vaste vrijwilliger komt elke week op bezoek bij een bewoner die weinig familie of vrienden ziet.',
      fr: 'Un bénévole fixe rend visite chaque semaine à un résident qui voit peu sa famille ou ses amis.',
      en: 'A regular volunteer visits a resident who sees little of family or friends, every week.',
    },
    description: {
      nl: [
        'Het personeel in een woonzorgcentrum doet zijn best, maar heeft vaak weinig tijd om gewoon te zitten en te praten. Onze vrijwilligers wel. Ze komen elke week op hetzelfde moment, drinken een koffie mee, maken een wandelingetje in de tuin of bekijken samen oude foto’s.',
        'Ook voor bewoners met dementie is een vertrouwd gezicht veel waard. Daarom krijgt elke vrijwilliger eerst een korte opleiding. We zoeken iemand die dezelfde taal spreekt als de bewoner, ook Italiaans of Spaans.',
      ],
      fr: [
        'Le personnel des maisons de repos fait de son mieux, mais a rarement le temps de s’asseoir et de bavarder. Nos bénévoles, eux, ont ce temps. Ils viennent chaque semaine au même moment, prennent un café, font un petit tour au jardin ou regardent ensemble de vieilles photos.',
        'Pour les résidents atteints de démence aussi, un visage familier compte beaucoup. C’est pourquoi chaque bénévole reçoit d’abord une courte formation. Nous cherchons quelqu’un qui parle la même langue que le résident, aussi l’italien ou l’espagnol.',
      ],
      en: [
        'Care-home staff do their best, but often have little time to just sit and talk. Our volunteers do. They come at the same time every week, have a coffee, take a short walk in the garden or look at old photos together.',
        'For residents with dementia, too, a familiar face means a lot. That is why each volunteer first gets a short training. We look for someone who speaks the same language as the resident, including Italian or Spanish.',
      ],
    },
    forWhom: {
      nl: 'Bewoners van woonzorgcentra in Schaarbeek en Evere die weinig bezoek krijgen, ook mensen met dementie.',
      fr: 'Les résidents des maisons de repos de Schaerbeek et d’Evere qui reçoivent peu de visites, y compris les personnes atteintes de démence.',
      en: 'Residents of care homes in Schaerbeek and Evere who get few visitors, including people with dementia.',
    },
    location: {
      nl: 'In vier woonzorgcentra in Schaarbeek en Evere',
      fr: 'Dans quatre maisons de repos à Schaerbeek et à Evere',
      en: 'In four care homes in Schaerbeek and Evere',
    },
    schedule: {
      nl: 'Eén keer per week, ongeveer een uur, op een vast moment',
      fr: 'Une fois par semaine, environ une heure, à un moment fixe',
      en: 'Once a week, about an hour, at a set time',
    },
    howToJoin: {
      nl: 'Woont je moeder, vader of buur in een woonzorgcentrum en krijgt die weinig bezoek? Bel Zilverdraad op +32 2 555 11 24. Ook wie vrijwilliger wil worden, kan dit nummer bellen.',
      fr: 'Votre mère, votre père ou votre voisin vit en maison de repos et reçoit peu de visites\u00a0? Appelez Vriendenkring Zilverdraad au +32 2 555 11 24. Si vous voulez devenir bénévole, appelez le même numéro.',
      en: 'Does your mother, father or neighbour live in a care home and get few visitors? Call Vriendenkring Zilverdraad on +32 2 555 11 24. If you would like to volunteer, call the same number.',
    },
    remote: false,
    categories: ['chat', 'activities'],
    municipalities: ['schaerbeek', 'evere'],
    audiences: ['seniors', 'disability'],
    languages: ['nl', 'fr', 'it', 'es'],
    contactPhone: '+32 2 555 11 24',
    contactEmail: 'bezoek@zilverdraad.example.org',
  },
  {
    key: 'pennenvriend-bewoner',
    organisation: 'zilverdraad',
    title: {
      nl: 'Pennenvriend van een bewoner',
      fr: 'Correspondant d’un résident de maison de repos',
      en: 'Pen pal for a care-home resident',
    },
    summary: {
      nl: 'Schrijf elke maand een brief naar dezelfde bewoner van een woonzorgcentrum en krijg een antwoord terug.',
      fr: 'Écrivez chaque mois une lettre au même résident d’une maison de repos et recevez une réponse.',
      en: 'Write a letter to the same care-home resident every month and get a reply back.',
    },
    description: {
      nl: [
        'Sommige mensen schrijven liever dan dat ze op bezoek gaan. Of ze hebben te weinig tijd om elke week langs te komen. Als pennenvriend schrijf je één keer per maand een brief naar een vaste bewoner. Die antwoordt zelf, of met hulp van het personeel.',
        'Veel pennenvrienden zijn studenten. Ze vertellen over hun examens, hun kot en hun plannen. De bewoners vertellen over vroeger, over hun werk en hun familie. Zo ontstaat een echte vriendschap over de generaties heen, op papier.',
      ],
      fr: [
        'Certaines personnes préfèrent écrire plutôt que rendre visite. Ou elles n’ont pas le temps de passer chaque semaine. Comme correspondant, vous écrivez une fois par mois une lettre à un résident fixe. Il répond lui-même, ou avec l’aide du personnel.',
        'Beaucoup de correspondants sont des étudiants. Ils racontent leurs examens, leur kot et leurs projets. Les résidents parlent d’autrefois, de leur métier et de leur famille. Une véritable amitié entre générations naît ainsi, sur papier.',
      ],
      en: [
        'Some people prefer writing to visiting. Or they do not have time to come every week. As a pen pal, you write a letter once a month to one resident. They reply themselves, or with help from the staff.',
        'Many pen pals are students. They write about their exams, their student room and their plans. The residents write about the old days, their work and their family. This is how a real friendship grows across generations, on paper.',
      ],
    },
    forWhom: {
      nl: 'Voor bewoners van woonzorgcentra die graag brieven krijgen. Schrijven kan iedereen, ook studenten en jongvolwassenen.',
      fr: 'Pour les résidents de maisons de repos qui aiment recevoir du courrier. Tout le monde peut écrire, y compris les étudiants et les jeunes adultes.',
      en: 'For care-home residents who love getting post. Anyone can write, including students and young adults.',
    },
    location: {
      nl: 'Van thuis uit, per post; de bewoners wonen in Schaarbeek en Brussel-Stad',
      fr: 'Depuis chez vous, par la poste\u00a0; les résidents vivent à Schaerbeek et à Bruxelles-Ville',
      en: 'From your own home, by post; the residents live in Schaerbeek and the City of Brussels',
    },
    schedule: {
      nl: 'Eén brief per maand, wanneer het jou past',
      fr: 'Une lettre par mois, quand cela vous convient',
      en: 'One letter a month, whenever it suits you',
    },
    howToJoin: {
      nl: 'Mail naar brieven@zilverdraad.example.org met een paar woorden over jezelf. We zoeken een bewoner die bij je past en sturen je zijn of haar voornaam en adres. Postzegels krijg je van ons.',
      fr: 'Écrivez à brieven@zilverdraad.example.org avec quelques mots sur vous. Nous cherchons un résident qui vous correspond et vous envoyons son prénom et son adresse. Les timbres sont offerts.',
      en: 'Email brieven@zilverdraad.example.org with a few words about yourself. We find a resident who suits you and send you their first name and address. We provide the stamps.',
    },
    remote: true,
    categories: ['letters', 'chat'],
    municipalities: ['schaerbeek', 'brussels'],
    audiences: ['seniors', 'young-adults'],
    languages: ['nl', 'fr', 'en'],
    contactEmail: 'brieven@zilverdraad.example.org',
  },
  {
    key: 'koffietafel-jette',
    organisation: 'laarbeek-seniors',
    title: {
      nl: 'Koffietafel op donderdag in Jette',
      fr: 'Café-rencontre du jeudi à Jette',
      en: 'Thursday coffee afternoon in Jette',
    },
    summary: {
      nl: 'Elke donderdagnamiddag koffie, taart en een goed gesprek. Soms met een spelletje, een quiz of muziek.',
      fr: 'Chaque jeudi après-midi, du café, du gâteau et une bonne conversation. Parfois avec un jeu, un quiz ou de la musique.',
      en: 'Every Thursday afternoon: coffee, cake and a good conversation. Sometimes with a game, a quiz or music.',
    },
    description: {
      nl: [
        'De koffietafel is het hart van de Seniorenkring. Elke donderdag komen er zo’n dertig mensen samen in onze zaal. Er is koffie, thee en zelfgebakken taart. Je kunt gewoon komen praten of meedoen met een kaartspel.',
        'Eén keer per maand is er iets extra: een quiz, een muzieknamiddag met liedjes van vroeger of iemand die komt vertellen over de geschiedenis van Jette. Nieuwe gezichten worden altijd aan een tafel met vaste bezoekers gezet, zodat niemand alleen zit.',
      ],
      fr: [
        'Le café-rencontre est le cœur du Seniorenkring. Chaque jeudi, une trentaine de personnes se retrouvent dans notre salle. Il y a du café, du thé et des gâteaux faits maison. Vous pouvez venir simplement papoter ou faire une partie de cartes.',
        'Une fois par mois, il y a quelque chose en plus\u00a0: un quiz, un après-midi avec les chansons d’autrefois ou quelqu’un qui raconte l’histoire de Jette. Les nouveaux venus sont toujours installés à une table d’habitués, pour que personne ne reste seul.',
      ],
      en: [
        'The coffee afternoon is the heart of the Seniors’ Club. Every Thursday about thirty people get together in our hall. There is coffee, tea and home-made cake. You can simply come for a chat or join a card game.',
        'Once a month there is something extra: a quiz, a music afternoon with old songs, or someone who comes to talk about the history of Jette. New faces are always seated at a table with regulars, so nobody sits alone.',
      ],
    },
    forWhom: {
      nl: 'Ouderen uit Jette en omgeving, en iedereen die alleen woont en zin heeft in gezelschap.',
      fr: 'Les aînés de Jette et des environs, et toute personne seule qui a envie de compagnie.',
      en: 'Older people from Jette and nearby, and anyone living alone who would like some company.',
    },
    location: {
      nl: 'Zaal van de Seniorenkring Laarbeek, Wemmelsesteenweg 214, 1090 Jette',
      fr: 'Salle du Seniorenkring Laarbeek, chaussée de Wemmel 214, 1090 Jette',
      en: 'Seniorenkring Laarbeek hall, Chaussée de Wemmel 214, 1090 Jette',
    },
    schedule: {
      nl: 'Binnenlopen kan op elk moment, ook later',
      fr: 'Vous pouvez arriver à tout moment, même plus tard',
      en: 'Drop in at any time, late is fine',
    },
    times: [{ repeats: 'weekly', date: '2026-09-01', weekday: 'thursday', startTime: '14:30', endTime: '16:30', skipDates: '24/12/2026, 31/12/2026' }],
    howToJoin: {
      nl: 'Kom gewoon binnen, je hoeft geen lid te zijn. Koffie en taart kosten samen 1,50 euro. Wie niet alleen tot bij ons raakt, kan een lift vragen via +32 2 555 11 26.',
      fr: 'Entrez simplement, pas besoin d’être membre. Le café et le gâteau coûtent 1,50 euro. Si vous ne pouvez pas venir seul, demandez qu’on vous conduise au +32 2 555 11 26.',
      en: 'Just come in; you do not have to be a member. Coffee and cake cost 1.50 euros together. If you cannot get here on your own, ask for a lift on +32 2 555 11 26.',
    },
    remote: false,
    categories: ['chat', 'activities'],
    municipalities: ['jette'],
    audiences: ['seniors', 'living-alone'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 26',
  },
  {
    key: 'samen-naar-de-markt-jette',
    organisation: 'laarbeek-seniors',
    title: {
      nl: 'Samen naar de markt in Jette',
      fr: 'Ensemble au marché à Jette',
      en: 'Going to the market together in Jette',
    },
    summary: {
      nl: 'Een vrijwilliger haalt je op zondagochtend op en gaat met je naar de markt. Hij of zij draagt de zakken, jij kiest de groenten.',
      fr: 'Un bénévole vient vous chercher le dimanche matin et va avec vous au marché. Il porte les sacs, vous choisissez les légumes.',
      en: 'A volunteer picks you up on Sunday morning and goes to the market with you. They carry the bags; you choose the vegetables.',
    },
    description: {
      nl: [
        'De zondagsmarkt in Jette is een plek waar je bekenden tegenkomt, waar de marktkramers je bij naam kennen. Voor veel ouderen is het te druk of te ver geworden om er alleen naartoe te gaan. Met een vrijwilliger aan je zijde lukt het wel.',
        'We gaan te voet, met de rollator of met de rolstoel. De vrijwilliger helpt met de zakken en brengt je daarna weer thuis. Onderweg is er tijd voor een koffie op een terras. Zo wordt boodschappen doen weer een uitstapje.',
      ],
      fr: [
        'Le marché du dimanche à Jette, c’est l’endroit où l’on croise des connaissances, où les marchands vous appellent par votre nom. Pour beaucoup d’aînés, c’est devenu trop animé ou trop loin pour y aller seul. Avec un bénévole à vos côtés, c’est possible.',
        'Nous y allons à pied, en déambulateur ou en fauteuil roulant. Le bénévole vous aide avec les sacs et vous raccompagne ensuite. En chemin, il y a le temps pour un café en terrasse. Les courses redeviennent ainsi une sortie.',
      ],
      en: [
        'The Sunday market in Jette is where you bump into people you know and the stallholders know you by name. For many older people it has become too busy or too far to go alone. With a volunteer by your side, you can.',
        'We go on foot, with a walking frame or in a wheelchair. The volunteer helps with the bags and then takes you home. On the way there is time for a coffee on a terrace. Shopping becomes an outing again.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen met een beperking in Jette en Ganshoren die graag zelf naar de markt gaan, maar niet alleen.',
      fr: 'Les aînés et les personnes en situation de handicap à Jette et Ganshoren qui aiment aller eux-mêmes au marché, mais pas seuls.',
      en: 'Older people and people with a disability in Jette and Ganshoren who like going to the market themselves, but not alone.',
    },
    location: {
      nl: 'Van bij je thuis naar de zondagsmarkt in het centrum van Jette',
      fr: 'De chez vous jusqu’au marché du dimanche, au centre de Jette',
      en: 'From your home to the Sunday market in the centre of Jette',
    },
    schedule: {
      nl: 'Elke zondag tussen 9 en 12 uur',
      fr: 'Chaque dimanche entre 9 h et 12 h',
      en: 'Every Sunday between 9:00 and 12:00',
    },
    howToJoin: {
      nl: 'Bel ten laatste op vrijdag naar +32 2 555 11 27 of mail naar markt@laarbeek.example.org. Het is gratis, je betaalt alleen je eigen boodschappen.',
      fr: 'Appelez au plus tard le vendredi au +32 2 555 11 27 ou écrivez à markt@laarbeek.example.org. C’est gratuit, vous payez seulement vos courses.',
      en: 'Call by Friday at the latest on +32 2 555 11 27 or email markt@laarbeek.example.org. It is free; you only pay for your own shopping.',
    },
    remote: false,
    categories: ['groceries', 'walking'],
    municipalities: ['jette', 'ganshoren'],
    audiences: ['seniors', 'disability'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 27',
    contactEmail: 'markt@laarbeek.example.org',
  },
  {
    key: 'papierhulp-molenbeek',
    organisation: 'de-molenwiek',
    title: {
      nl: 'Spreekuur papierwerk in het buurthuis',
      fr: 'Permanence administrative à la maison de quartier',
      en: 'Paperwork help desk at the community centre',
    },
    summary: {
      nl: 'Hulp bij brieven, facturen en formulieren, in het Frans, Nederlands, Arabisch of Berbers. Zonder afspraak.',
      fr: 'De l’aide pour les courriers, factures et formulaires, en français, néerlandais, arabe ou berbère. Sans rendez-vous.',
      en: 'Help with letters, bills and forms, in French, Dutch, Arabic or Berber. No appointment needed.',
    },
    description: {
      nl: [
        'Een factuur van de energieleverancier die te hoog lijkt, een brief van de huisvestingsmaatschappij, een aanvraag voor een studietoelage: in het buurthuis bekijken we het samen. Een vrijwilliger legt uit wat er staat en wat je moet doen.',
        'Als het nodig is, bellen we samen naar de juiste dienst of maken we een afspraak voor je. We houden niets bij zonder je toestemming. En terwijl je wacht, staat er koffie klaar.',
      ],
      fr: [
        'Une facture d’énergie qui semble trop élevée, un courrier de la société de logement, une demande d’allocation d’études\u00a0: à la maison de quartier, nous regardons ça ensemble. Un bénévole vous explique ce qui est écrit et ce que vous devez faire.',
        'Si nécessaire, nous appelons ensemble le bon service ou nous prenons rendez-vous pour vous. Nous ne gardons rien sans votre accord. Et pendant que vous attendez, le café est prêt.',
      ],
      en: [
        'An energy bill that seems too high, a letter from the housing company, an application for a study grant: at the community centre we look at it together. A volunteer explains what it says and what you need to do.',
        'If needed, we call the right service together or make an appointment for you. We keep nothing without your permission. And while you wait, the coffee is ready.',
      ],
    },
    forWhom: {
      nl: 'Iedereen uit Molenbeek en Koekelberg die hulp nodig heeft met papierwerk, ook nieuwkomers.',
      fr: 'Tous les habitants de Molenbeek et de Koekelberg qui ont besoin d’aide avec leurs papiers, y compris les primo-arrivants.',
      en: 'Anyone from Molenbeek and Koekelberg who needs help with paperwork, including newcomers.',
    },
    location: {
      nl: 'Buurthuis De Molenwiek, Gentsesteenweg 112, 1080 Sint-Jans-Molenbeek',
      fr: 'Buurthuis De Molenwiek, chaussée de Gand 112, 1080 Molenbeek-Saint-Jean',
      en: 'Buurthuis De Molenwiek, Chaussée de Gand 112, 1080 Molenbeek',
    },
    schedule: {
      nl: 'Maandag van 9.30 tot 12 uur en woensdag van 14 tot 17 uur',
      fr: 'Lundi de 9 h 30 à 12 h et mercredi de 14 h à 17 h',
      en: 'Monday 9:30–12:00 and Wednesday 14:00–17:00',
    },
    howToJoin: {
      nl: 'Kom langs tijdens het spreekuur met al je papieren. Een afspraak is niet nodig en het is gratis. Kun je niet komen? Bel +32 2 555 11 28.',
      fr: 'Venez pendant la permanence avec tous vos papiers. Pas besoin de rendez-vous, et c’est gratuit. Vous ne pouvez pas vous déplacer\u00a0? Appelez le +32 2 555 11 28.',
      en: 'Come during opening hours with all your papers. No appointment is needed and it is free. Cannot come in? Call +32 2 555 11 28.',
    },
    remote: false,
    categories: ['paperwork'],
    municipalities: ['molenbeek', 'koekelberg'],
    audiences: ['everyone', 'newcomers'],
    languages: ['fr', 'nl', 'ar', 'ber'],
    contactPhone: '+32 2 555 11 28',
    contactEmail: 'papieren@molenwiek.example.org',
  },
  {
    key: 'vrouwenwandeling-kanaal',
    organisation: 'de-molenwiek',
    title: {
      nl: 'Vrouwenwandeling langs het kanaal',
      fr: 'Balade entre femmes le long du canal',
      en: 'Women’s walk along the canal',
    },
    summary: {
      nl: 'Elke vrijdagochtend wandelen vrouwen uit de buurt samen langs het kanaal. Even buiten, even praten, even tijd voor jezelf.',
      fr: 'Chaque vendredi matin, des femmes du quartier se promènent ensemble le long du canal. Prendre l’air, parler, un moment pour soi.',
      en: 'Every Friday morning, women from the neighbourhood walk together along the canal. Some fresh air, a talk, some time for yourself.',
    },
    description: {
      nl: [
        'Veel vrouwen in de wijk zorgen de hele dag voor anderen en komen zelf weinig buiten. Sommigen wonen pas in Brussel en kennen hier nog bijna niemand. De vrijdagwandeling is hun moment. We vertrekken aan het buurthuis en wandelen in een rustig tempo langs het kanaal tot aan het park van Thurn & Taxis.',
        'Onderweg wordt er gepraat in het Frans, Arabisch, Berbers en een beetje Nederlands. Er zijn geen mannen bij, zodat iedereen zich vrij voelt. Kleine kinderen in de buggy mogen mee. Na afloop drinken we thee in het buurthuis.',
      ],
      fr: [
        'Beaucoup de femmes du quartier s’occupent des autres toute la journée et sortent peu pour elles-mêmes. Certaines viennent d’arriver à Bruxelles et ne connaissent encore presque personne. La balade du vendredi, c’est leur moment. Nous partons de la maison de quartier et marchons tranquillement le long du canal jusqu’au parc de Tour & Taxis.',
        'En chemin, on parle français, arabe, berbère et un peu néerlandais. Il n’y a pas d’hommes, pour que chacune se sente libre. Les petits enfants en poussette peuvent venir. Après la balade, nous buvons un thé à la maison de quartier.',
      ],
      en: [
        'Many women in the area take care of others all day and rarely get out for themselves. Some have just arrived in Brussels and hardly know anyone yet. The Friday walk is their moment. We leave from the community centre and walk at an easy pace along the canal to Tour & Taxis park.',
        'On the way, people talk in French, Arabic, Berber and a bit of Dutch. It is women only, so everyone feels free. Small children in pushchairs are welcome. Afterwards we drink tea at the community centre.',
      ],
    },
    forWhom: {
      nl: 'Vrouwen uit Molenbeek en omgeving, ook wie pas in Brussel woont of zich alleen voelt.',
      fr: 'Les femmes de Molenbeek et des environs, y compris celles qui viennent d’arriver à Bruxelles ou qui se sentent seules.',
      en: 'Women from Molenbeek and nearby, including those who have just arrived in Brussels or feel lonely.',
    },
    location: {
      nl: 'Vertrek aan Buurthuis De Molenwiek, Gentsesteenweg 112, 1080 Sint-Jans-Molenbeek',
      fr: 'Départ du Buurthuis De Molenwiek, chaussée de Gand 112, 1080 Molenbeek-Saint-Jean',
      en: 'Starting at Buurthuis De Molenwiek, Chaussée de Gand 112, 1080 Molenbeek',
    },
    schedule: {
      nl: 'Elke vrijdag van 10 tot 11.30 uur, behalve bij zware regen',
      fr: 'Chaque vendredi de 10 h à 11 h 30, sauf en cas de forte pluie',
      en: 'Every Friday 10:00–11:30, except in heavy rain',
    },
    howToJoin: {
      nl: 'Kom om 10 uur naar het buurthuis. Je hoeft je niet in te schrijven en het is gratis. Twijfel je of het iets voor jou is? Bel +32 2 555 11 29 en vraag naar Samira.',
      fr: 'Venez à 10 h à la maison de quartier. Pas d’inscription, et c’est gratuit. Vous hésitez\u00a0? Appelez le +32 2 555 11 29 et demandez Samira.',
      en: 'Come to the community centre at 10:00. There is no need to sign up and it is free. Not sure if it is for you? Call +32 2 555 11 29 and ask for Samira.',
    },
    remote: false,
    categories: ['walking', 'activities'],
    municipalities: ['molenbeek', 'brussels'],
    audiences: ['women', 'newcomers'],
    languages: ['fr', 'ar', 'ber', 'nl'],
    contactPhone: '+32 2 555 11 29',
  },
  {
    key: 'gezelschapsspellen-studenten',
    organisation: 'campus-hart',
    title: {
      nl: 'Gezelschapsspellen met studenten',
      fr: 'Jeux de société avec des étudiants',
      en: 'Board games with students',
    },
    summary: {
      nl: 'Om de twee weken spelen studenten en ouderen samen gezelschapsspellen. Van rummikub tot kaarten: jij kiest, zij leren.',
      fr: 'Toutes les deux semaines, des étudiants et des aînés jouent ensemble à des jeux de société. Du rummikub aux cartes\u00a0: vous choisissez, ils apprennent.',
      en: 'Every other week, students and older people play board games together. From rummikub to cards: you choose, they learn.',
    },
    description: {
      nl: [
        'In het huis van Campus Cœur staan op woensdagnamiddag alle tafels vol spellen. Studenten leren klassiekers als whist en manillen van de ouderen. De ouderen leren nieuwe spellen van de studenten. Winnen is leuk, lachen is belangrijker.',
        'Het idee ontstond toen studenten merkten dat veel ouderen in de buurt graag kaarten, maar niemand meer hadden om mee te spelen. Ondertussen zijn er vaste tafels ontstaan, met grapjes die alleen zij begrijpen.',
      ],
      fr: [
        'Le mercredi après-midi, dans la maison de Campus Cœur, toutes les tables sont couvertes de jeux. Les étudiants apprennent des classiques comme le whist ou la belote avec les aînés. Les aînés découvrent de nouveaux jeux avec les étudiants. Gagner, c’est sympa, rire, c’est plus important.',
        'L’idée est née quand des étudiants ont remarqué que beaucoup d’aînés du quartier aimaient jouer aux cartes, mais n’avaient plus personne avec qui jouer. Depuis, des tables d’habitués se sont formées, avec des blagues qu’eux seuls comprennent.',
      ],
      en: [
        'On Wednesday afternoons, every table in the Campus Cœur house is covered with games. Students learn classics like whist from the older players. The older players learn new games from the students. Winning is fun; laughing is more important.',
        'The idea came up when students noticed that many older people in the area loved playing cards but no longer had anyone to play with. Since then, regular tables have formed, with jokes only they understand.',
      ],
    },
    forWhom: {
      nl: 'Ouderen uit Elsene die graag spelen, en studenten die een namiddag willen delen.',
      fr: 'Les aînés d’Ixelles qui aiment jouer, et les étudiants qui veulent partager un après-midi.',
      en: 'Older people in Ixelles who enjoy games, and students who want to share an afternoon.',
    },
    location: {
      nl: 'Campus Cœur, Boondaalsesteenweg 320, 1050 Elsene (gelijkvloers, rolstoeltoegankelijk)',
      fr: 'Campus Cœur, chaussée de Boondael 320, 1050 Ixelles (rez-de-chaussée, accessible en fauteuil roulant)',
      en: 'Campus Cœur, Chaussée de Boondael 320, 1050 Ixelles (ground floor, wheelchair accessible)',
    },
    schedule: {
      nl: 'Om de twee weken op woensdag van 14.30 tot 17 uur, tijdens het academiejaar',
      fr: 'Un mercredi sur deux de 14 h 30 à 17 h, pendant l’année académique',
      en: 'Every other Wednesday 14:30–17:00, during the academic year',
    },
    howToJoin: {
      nl: 'Kom gewoon langs, het is gratis. Wil je weten welke woensdag het is? Bel +32 2 555 11 30 of kijk op campushart.example.org.',
      fr: 'Venez simplement, c’est gratuit. Pour savoir quel mercredi, appelez le +32 2 555 11 30 ou consultez campushart.example.org.',
      en: 'Just come along; it is free. To find out which Wednesday, call +32 2 555 11 30 or check campushart.example.org.',
    },
    remote: false,
    categories: ['activities', 'chat'],
    municipalities: ['ixelles'],
    audiences: ['young-adults', 'seniors'],
    languages: ['fr', 'nl', 'en'],
    contactPhone: '+32 2 555 11 30',
    website: 'https://campushart.example.org/spelen',
  },
  {
    key: 'infopunt-formulieren-sint-gillis',
    organisation: 'het-open-boek',
    title: {
      nl: 'Infopunt: hulp bij brieven en formulieren',
      fr: 'Point info\u00a0: aide pour les courriers et formulaires',
      en: 'Info point: help with letters and forms',
    },
    summary: {
      nl: 'Aan het infopunt in de bib helpen we je met brieven, formulieren op papier of online, en zoeken we waar je met je vraag terechtkunt.',
      fr: 'Au point info de la bibliothèque, nous vous aidons avec vos courriers et formulaires, sur papier ou en ligne, et nous cherchons à qui adresser votre question.',
      en: 'At the library info point, we help you with letters and forms, on paper or online, and work out where to take your question.',
    },
    description: {
      nl: [
        'Je moet een premie aanvragen, je adres wijzigen of een attest downloaden, maar je weet niet waar te beginnen. Aan het infopunt zit een medewerker die de weg kent. Samen vullen we het formulier in, op papier of op de computer.',
        'We doen niet alles in jouw plaats, maar we laten je ook niet alleen. Als je vraag bij een andere dienst hoort, zoeken we uit welke, en bellen we als het moet meteen. Je kunt er terecht in het Frans, Nederlands, Spaans en Portugees.',
      ],
      fr: [
        'Vous devez demander une prime, changer d’adresse ou télécharger une attestation, mais vous ne savez pas par où commencer. Au point info, un collaborateur connaît le chemin. Ensemble, nous remplissons le formulaire, sur papier ou à l’ordinateur.',
        'Nous ne faisons pas tout à votre place, mais nous ne vous laissons pas seul non plus. Si votre question relève d’un autre service, nous cherchons lequel et, si besoin, nous appelons tout de suite. Vous pouvez venir en français, néerlandais, espagnol et portugais.',
      ],
      en: [
        'You need to apply for a grant, change your address or download a certificate, but you do not know where to start. At the info point, a staff member knows the way. Together we fill in the form, on paper or on the computer.',
        'We do not do everything for you, but we do not leave you on your own either. If your question belongs with another service, we find out which one and call them straight away if needed. We can help you in French, Dutch, Spanish and Portuguese.',
      ],
    },
    forWhom: {
      nl: 'Iedereen uit Sint-Gillis en Vorst met een vraag over papierwerk, ook nieuwkomers.',
      fr: 'Tous les habitants de Saint-Gilles et de Forest qui ont une question administrative, y compris les primo-arrivants.',
      en: 'Anyone from Saint-Gilles and Forest with a question about paperwork, including newcomers.',
    },
    location: {
      nl: 'Bibliotheek Het Open Boek, Parmastraat 35, 1060 Sint-Gillis',
      fr: 'Bibliothèque Het Open Boek, rue de Parme 35, 1060 Saint-Gilles',
      en: 'Het Open Boek library, Rue de Parme 35, 1060 Saint-Gilles',
    },
    schedule: {
      nl: 'Dinsdag en vrijdag van 13.30 tot 16.30 uur',
      fr: 'Mardi et vendredi de 13 h 30 à 16 h 30',
      en: 'Tuesday and Friday 13:30–16:30',
    },
    howToJoin: {
      nl: 'Kom langs met je papieren en je identiteitskaart. Een afspraak is niet nodig en het is gratis. Je kunt ook bellen naar +32 2 555 11 31.',
      fr: 'Venez avec vos papiers et votre carte d’identité. Pas besoin de rendez-vous, et c’est gratuit. Vous pouvez aussi appeler le +32 2 555 11 31.',
      en: 'Come with your papers and your identity card. No appointment is needed and it is free. You can also call +32 2 555 11 31.',
    },
    remote: false,
    categories: ['paperwork', 'digital'],
    municipalities: ['saint-gilles', 'forest'],
    audiences: ['everyone', 'newcomers'],
    languages: ['fr', 'nl', 'es', 'pt'],
    contactPhone: '+32 2 555 11 31',
    contactEmail: 'infopunt@openboek.example.org',
  },
  {
    key: 'boeken-aan-huis',
    organisation: 'het-open-boek',
    title: {
      nl: 'Boeken aan huis',
      fr: 'Des livres chez vous',
      en: 'Books brought to your home',
    },
    summary: {
      nl: 'Kun je niet meer naar de bib komen? Een vrijwilliger brengt boeken, luisterboeken en tijdschriften bij je thuis, en blijft even voor een babbel.',
      fr: 'Vous ne pouvez plus venir à la bibliothèque\u00a0? Un bénévole vous apporte des livres, des livres audio et des magazines, et reste un moment pour bavarder.',
      en: 'Can you no longer come to the library? A volunteer brings books, audiobooks and magazines to your home, and stays for a chat.',
    },
    description: {
      nl: [
        'Om de drie weken belt een vrijwilliger aan met een tas vol boeken die bij jou passen. Detectives, romans, boeken met grote letters, luisterboeken of de nieuwste tijdschriften: jij zegt wat je graag leest. De vorige boeken neemt hij of zij weer mee.',
        'De vrijwilliger heeft tijd om even te blijven. Over boeken praten is een mooie manier om over het leven te praten. Voor veel lezers is dit bezoek net zo belangrijk als de boeken zelf.',
      ],
      fr: [
        'Toutes les trois semaines, un bénévole sonne avec un sac de livres choisis pour vous. Romans policiers, romans, livres en gros caractères, livres audio ou derniers magazines\u00a0: vous nous dites ce que vous aimez lire. Il reprend les livres précédents.',
        'Le bénévole a le temps de rester un moment. Parler de livres, c’est une belle façon de parler de la vie. Pour beaucoup de lecteurs, cette visite compte autant que les livres eux-mêmes.',
      ],
      en: [
        'Every three weeks, a volunteer rings your bell with a bag of books chosen for you. Crime novels, fiction, large-print books, audiobooks or the latest magazines: you tell us what you like to read. They take the previous books back.',
        'The volunteer has time to stay a while. Talking about books is a lovely way to talk about life. For many readers, the visit matters as much as the books themselves.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen met een beperking in Sint-Gillis en Vorst die niet meer zelf naar de bibliotheek kunnen komen.',
      fr: 'Les aînés et les personnes en situation de handicap à Saint-Gilles et Forest qui ne peuvent plus venir eux-mêmes à la bibliothèque.',
      en: 'Older people and people with a disability in Saint-Gilles and Forest who can no longer come to the library themselves.',
    },
    location: {
      nl: 'Bij je thuis in Sint-Gillis of Vorst',
      fr: 'Chez vous, à Saint-Gilles ou à Forest',
      en: 'At your home in Saint-Gilles or Forest',
    },
    schedule: {
      nl: 'Om de drie weken, op een dag die jou past',
      fr: 'Toutes les trois semaines, le jour qui vous convient',
      en: 'Every three weeks, on a day that suits you',
    },
    howToJoin: {
      nl: 'Bel de bib op +32 2 555 11 32 of vraag het aan de balie. Een familielid of buur mag ook voor jou bellen. De dienst is gratis, je hebt zelfs geen lidkaart nodig.',
      fr: 'Appelez la bibliothèque au +32 2 555 11 32 ou demandez à l’accueil. Un proche ou un voisin peut aussi appeler pour vous. Le service est gratuit, vous n’avez même pas besoin de carte.',
      en: 'Call the library on +32 2 555 11 32 or ask at the desk. A relative or neighbour can also call for you. The service is free; you do not even need a library card.',
    },
    remote: false,
    categories: ['activities', 'chat'],
    municipalities: ['saint-gilles', 'forest'],
    audiences: ['seniors', 'disability'],
    languages: ['fr', 'nl', 'es'],
    contactPhone: '+32 2 555 11 32',
    contactEmail: 'aanhuis@openboek.example.org',
  },
  {
    key: 'ontmoetingsrestaurant-ukkel',
    organisation: 'de-zonnewijzer',
    title: {
      nl: 'Ontmoetingsrestaurant De Zonnewijzer',
      fr: 'Restaurant convivial de De Zonnewijzer',
      en: 'De Zonnewijzer community restaurant',
    },
    summary: {
      nl: 'Elke weekdag een warme middagmaaltijd aan een democratische prijs, samen met anderen aan tafel.',
      fr: 'Chaque jour de la semaine, un repas chaud à midi à prix démocratique, à table avec d’autres.',
      en: 'A warm lunch every weekday at an affordable price, at the table with others.',
    },
    description: {
      nl: [
        'In ons restaurant eet je soep, een hoofdgerecht en een dessert, vers gekookt in onze eigen keuken. Er is elke dag een vegetarisch gerecht en we houden rekening met dieetwensen. Vrijwilligers bedienen aan tafel.',
        'Veel mensen komen niet alleen voor het eten, maar voor het gezelschap. Sommigen zitten al jaren aan dezelfde tafel. Nieuwe gasten worden hartelijk ontvangen en krijgen een plaats bij een groepje dat wat plaats heeft.',
      ],
      fr: [
        'Dans notre restaurant, vous mangez une soupe, un plat et un dessert, cuisinés sur place. Il y a chaque jour un plat végétarien et nous tenons compte des régimes. Des bénévoles font le service à table.',
        'Beaucoup de gens ne viennent pas seulement pour manger, mais pour la compagnie. Certains sont à la même table depuis des années. Les nouveaux sont accueillis chaleureusement et trouvent une place auprès d’un groupe.',
      ],
      en: [
        'In our restaurant you eat soup, a main course and a dessert, freshly cooked in our own kitchen. There is a vegetarian dish every day and we take special diets into account. Volunteers serve at the table.',
        'Many people come not just for the food but for the company. Some have sat at the same table for years. New guests are warmly welcomed and get a seat with a group that has room.',
      ],
    },
    forWhom: {
      nl: 'Iedereen uit Ukkel en Vorst, vooral ouderen en mensen die alleen wonen.',
      fr: 'Tous les habitants d’Uccle et de Forest, surtout les aînés et les personnes seules.',
      en: 'Everyone from Uccle and Forest, especially older people and people living alone.',
    },
    location: {
      nl: 'Lokaal Dienstencentrum De Zonnewijzer, Alsembergsesteenweg 840, 1180 Ukkel',
      fr: 'Lokaal Dienstencentrum De Zonnewijzer, chaussée d’Alsemberg 840, 1180 Uccle',
      en: 'Lokaal Dienstencentrum De Zonnewijzer, Chaussée d’Alsemberg 840, 1180 Uccle',
    },
    schedule: {
      nl: 'Van maandag tot vrijdag van 12 tot 13.30 uur',
      fr: 'Du lundi au vendredi de 12 h à 13 h 30',
      en: 'Monday to Friday 12:00–13:30',
    },
    howToJoin: {
      nl: 'Reserveer de dag ervoor vóór 14 uur via +32 2 555 11 33. Een maaltijd kost 8 euro. Met een verhoogde tegemoetkoming betaal je 5 euro.',
      fr: 'Réservez la veille avant 14 h au +32 2 555 11 33. Un repas coûte 8 euros. Avec l’intervention majorée, vous payez 5 euros.',
      en: 'Book the day before, by 14:00, on +32 2 555 11 33. A meal costs 8 euros. With the increased health-care allowance, you pay 5 euros.',
    },
    remote: false,
    categories: ['meals'],
    municipalities: ['uccle', 'forest'],
    audiences: ['seniors', 'living-alone', 'everyone'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 33',
    contactEmail: 'restaurant@zonnewijzer.example.org',
  },
  {
    key: 'wandelclub-trage-stappers',
    organisation: 'de-zonnewijzer',
    title: {
      nl: 'Wandelclub voor trage stappers',
      fr: 'Club de marche à petits pas',
      en: 'Slow walkers’ club',
    },
    summary: {
      nl: 'Elke maandag een korte wandeling door het Wolvendaelpark, op het tempo van de traagste. Met rollator of wandelstok ben je welkom.',
      fr: 'Chaque lundi, une courte promenade dans le parc de Wolvendael, au rythme du plus lent. Avec déambulateur ou canne, vous êtes le bienvenu.',
      en: 'Every Monday, a short walk through Wolvendael Park, at the pace of the slowest walker. Walking frames and sticks are welcome.',
    },
    description: {
      nl: [
        'Bewegen is goed voor je lijf en je humeur, maar alleen wandelen is niet altijd veilig of plezant. In onze wandelclub wandelen we een klein uurtje, met pauzes op de bankjes. Twee begeleiders lopen mee: één vooraan, één achteraan.',
        'We kiezen vlakke paden en letten op opstapjes en gladde bladeren. Na de wandeling drinken we samen iets in het dienstencentrum. Veel deelnemers zeggen dat ze beter slapen sinds ze meedoen.',
      ],
      fr: [
        'Bouger fait du bien au corps et au moral, mais marcher seul n’est pas toujours sûr ni agréable. Dans notre club, nous marchons une petite heure, avec des pauses sur les bancs. Deux accompagnateurs marchent avec le groupe\u00a0: un devant, un derrière.',
        'Nous choisissons des chemins plats et faisons attention aux marches et aux feuilles glissantes. Après la promenade, nous buvons un verre ensemble au centre. Beaucoup de participants disent qu’ils dorment mieux depuis qu’ils viennent.',
      ],
      en: [
        'Moving is good for your body and your mood, but walking alone is not always safe or pleasant. In our club we walk for just under an hour, with breaks on the benches. Two guides walk with the group: one at the front, one at the back.',
        'We choose flat paths and watch out for steps and slippery leaves. After the walk we have a drink together at the centre. Many participants say they sleep better since they joined.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen met een beperking uit Ukkel die graag willen bewegen, in een rustig tempo.',
      fr: 'Les aînés et les personnes en situation de handicap à Uccle qui veulent bouger, à un rythme tranquille.',
      en: 'Older people and people with a disability in Uccle who want to get moving, at a gentle pace.',
    },
    location: {
      nl: 'Vertrek aan de hoofdingang van het Wolvendaelpark, 1180 Ukkel',
      fr: 'Départ à l’entrée principale du parc de Wolvendael, 1180 Uccle',
      en: 'Meeting point: the main entrance of Wolvendael Park, 1180 Uccle',
    },
    schedule: {
      nl: 'Vertrek stipt op het uur; we wachten niet lang',
      fr: 'Départ à l’heure pile\u00a0; nous n’attendons pas longtemps',
      en: 'We set off on the hour; we do not wait long',
    },
    times: [{ repeats: 'weekly', date: '2026-09-01', weekday: 'monday', startTime: '10:00', endTime: '11:30' }],
    howToJoin: {
      nl: 'Bel de eerste keer even naar +32 2 555 11 34, zodat we weten dat je komt. Daarna kom je gewoon naar het park. Het is gratis.',
      fr: 'La première fois, appelez le +32 2 555 11 34 pour que nous sachions que vous venez. Ensuite, venez directement au parc. C’est gratuit.',
      en: 'The first time, call +32 2 555 11 34 so we know you are coming. After that, just come to the park. It is free.',
    },
    remote: false,
    categories: ['walking'],
    municipalities: ['uccle'],
    audiences: ['seniors', 'disability'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 34',
  },
  {
    key: 'boodschappenbusje-ukkel',
    organisation: 'de-zonnewijzer',
    title: {
      nl: 'Boodschappenbusje naar de supermarkt',
      fr: 'Navette courses vers le supermarché',
      en: 'Shopping minibus to the supermarket',
    },
    summary: {
      nl: 'Elke woensdag haalt ons busje je thuis op, rijdt naar de supermarkt en brengt je met je boodschappen weer naar huis.',
      fr: 'Chaque mercredi, notre minibus vient vous chercher, vous conduit au supermarché et vous ramène chez vous avec vos courses.',
      en: 'Every Wednesday our minibus picks you up at home, drives to the supermarket and brings you back with your shopping.',
    },
    description: {
      nl: [
        'Zelf je boodschappen kiezen is een stukje vrijheid. Maar met zware zakken op de tram of de bus is het niet makkelijk. Het boodschappenbusje rijdt langs bij acht tot tien mensen en gaat dan naar een grote supermarkt in de buurt.',
        'De chauffeur en een vrijwilliger helpen met de kar, met het inpakken en met het dragen tot aan je deur. In de supermarkt is er tijd voor een koffie in de cafetaria. Voor veel passagiers is het het gezelligste uitje van de week.',
      ],
      fr: [
        'Choisir soi-même ses courses, c’est un peu de liberté. Mais avec des sacs lourds dans le tram ou le bus, ce n’est pas facile. La navette passe chez huit à dix personnes, puis se rend dans un grand supermarché proche.',
        'Le chauffeur et un bénévole aident avec le caddie, à emballer et à porter jusqu’à votre porte. Au supermarché, il y a le temps de prendre un café à la cafétéria. Pour beaucoup de passagers, c’est la sortie la plus conviviale de la semaine.',
      ],
      en: [
        'Choosing your own groceries is a bit of freedom. But with heavy bags on the tram or bus, it is not easy. The minibus stops at eight to ten homes and then goes to a large supermarket nearby.',
        'The driver and a volunteer help with the trolley, the packing and carrying everything to your door. At the supermarket there is time for a coffee in the cafeteria. For many passengers, it is the most sociable outing of the week.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen met een beperking in Ukkel en Watermaal-Bosvoorde die niet meer zelf met zware zakken kunnen sleuren.',
      fr: 'Les aînés et les personnes en situation de handicap à Uccle et Watermael-Boitsfort qui ne peuvent plus porter de lourds sacs.',
      en: 'Older people and people with a disability in Uccle and Watermael-Boitsfort who can no longer carry heavy bags themselves.',
    },
    location: {
      nl: 'Ophaling aan huis in Ukkel en Watermaal-Bosvoorde',
      fr: 'Prise en charge à domicile à Uccle et Watermael-Boitsfort',
      en: 'Pick-up from your home in Uccle and Watermael-Boitsfort',
    },
    schedule: {
      nl: 'Het busje haalt je thuis op; het juiste uur spreken we af',
      fr: 'Le minibus vient vous chercher chez vous\u00a0; nous convenons de l’heure',
      en: 'The van picks you up at home; we agree on the exact time',
    },
    times: [{ repeats: 'weekly', date: '2026-09-01', weekday: 'wednesday', startTime: '09:00', endTime: '12:00' }],
    howToJoin: {
      nl: 'Reserveer een plaats tot maandag via +32 2 555 11 35. Een rit heen en terug kost 2 euro. Het busje heeft een lift voor een rolstoel.',
      fr: 'Réservez une place jusqu’au lundi au +32 2 555 11 35. L’aller-retour coûte 2 euros. Le minibus a un élévateur pour fauteuil roulant.',
      en: 'Book a seat by Monday on +32 2 555 11 35. A return trip costs 2 euros. The minibus has a wheelchair lift.',
    },
    remote: false,
    categories: ['groceries', 'accompaniment'],
    municipalities: ['uccle', 'watermael-boitsfort'],
    audiences: ['seniors', 'disability'],
    languages: ['nl', 'fr'],
    contactPhone: '+32 2 555 11 35',
  },
  {
    key: 'buur-op-afroep-vorst',
    organisation: 'burenhulp-zuidkant',
    title: {
      nl: 'Een buur op afroep in Vorst en Sint-Gillis',
      fr: 'Un voisin sur appel à Forest et Saint-Gilles',
      en: 'A neighbour on call in Forest and Saint-Gilles',
    },
    summary: {
      nl: 'Even iemand nodig om mee te gaan naar de dokter, je medicijnen op te halen of een boodschap te doen? Bel ons en een buur springt bij.',
      fr: 'Besoin de quelqu’un pour vous accompagner chez le médecin, chercher vos médicaments ou faire une course\u00a0? Appelez-nous et un voisin vous donne un coup de main.',
      en: 'Need someone to go with you to the doctor, pick up your medicines or run an errand? Call us and a neighbour will help out.',
    },
    description: {
      nl: [
        'Soms heb je maar een kleine hulp nodig, maar er is niemand in de buurt die je het kunt vragen. Je bent net geopereerd, je kind is ziek, of je durft niet alleen naar een afspraak. Dan bel je Burenhulp Zuidkant en zoeken we een buur die vlakbij woont.',
        'Die buur gaat met je mee naar de dokter of naar de gemeente, haalt je medicijnen bij de apotheek of doet een snelle boodschap. Er is geen lange wachtlijst en geen ingewikkeld dossier. Buren helpen buren, zo eenvoudig is het.',
      ],
      fr: [
        'Parfois, on a juste besoin d’un petit coup de main, mais personne autour de soi à qui le demander. Vous venez d’être opéré, votre enfant est malade, ou vous n’osez pas aller seul à un rendez-vous. Appelez Burenhulp Zuidkant et nous cherchons un voisin qui habite tout près.',
        'Ce voisin vous accompagne chez le médecin ou à la commune, va chercher vos médicaments à la pharmacie ou fait une course rapide. Pas de longue liste d’attente ni de dossier compliqué. Des voisins qui aident des voisins, c’est aussi simple que ça.',
      ],
      en: [
        'Sometimes you only need a little help, but there is no one nearby to ask. You have just had an operation, your child is ill, or you do not dare to go to an appointment alone. Then you call Burenhulp Zuidkant and we find a neighbour who lives close by.',
        'That neighbour goes with you to the doctor or the town hall, picks up your medicines from the pharmacy or runs a quick errand. There is no long waiting list and no complicated file. Neighbours helping neighbours, it is that simple.',
      ],
    },
    forWhom: {
      nl: 'Mensen die alleen wonen en gezinnen in Vorst en Sint-Gillis die tijdelijk een handje hulp kunnen gebruiken.',
      fr: 'Les personnes seules et les familles de Forest et Saint-Gilles qui ont besoin d’un coup de main temporaire.',
      en: 'People living alone and families in Forest and Saint-Gilles who could use a helping hand for a while.',
    },
    location: {
      nl: 'Bij je thuis en in je buurt, in Vorst en Sint-Gillis',
      fr: 'Chez vous et dans votre quartier, à Forest et Saint-Gilles',
      en: 'At your home and in your neighbourhood, in Forest and Saint-Gilles',
    },
    schedule: {
      nl: 'Bellen kan van maandag tot zaterdag, van 9 tot 19 uur; vraag het liefst twee dagen op voorhand',
      fr: 'Appels du lundi au samedi, de 9 h à 19 h\u00a0; si possible, prévenez deux jours à l’avance',
      en: 'Call Monday to Saturday, 9:00–19:00; if possible, ask two days ahead',
    },
    howToJoin: {
      nl: 'Bel +32 2 555 11 36 en vertel wat je nodig hebt. We bellen je terug zodra we een buur gevonden hebben. De hulp is gratis; voor een rit met de wagen vragen we een kleine bijdrage voor de benzine.',
      fr: 'Appelez le +32 2 555 11 36 et dites-nous ce dont vous avez besoin. Nous vous rappelons dès que nous avons trouvé un voisin. L’aide est gratuite\u00a0; pour un trajet en voiture, nous demandons une petite participation pour l’essence.',
      en: 'Call +32 2 555 11 36 and tell us what you need. We call you back as soon as we have found a neighbour. The help is free; for a car ride we ask a small contribution for petrol.',
    },
    remote: false,
    categories: ['accompaniment', 'groceries'],
    municipalities: ['forest', 'saint-gilles'],
    audiences: ['living-alone', 'families'],
    languages: ['fr', 'nl', 'es', 'pt'],
    contactPhone: '+32 2 555 11 36',
    contactEmail: 'buren@zuidkant.example.org',
  },
  {
    key: 'vaste-bezoeker-evere',
    organisation: 'zorgzame-buren-evere',
    title: {
      nl: 'Een vaste bezoeker aan huis in Evere',
      fr: 'Un visiteur régulier à domicile à Evere',
      en: 'A regular visitor at home in Evere',
    },
    summary: {
      nl: 'Een vrijwilliger komt elke week bij je langs voor een koffie en een babbel. Altijd dezelfde persoon, altijd op hetzelfde moment.',
      fr: 'Un bénévole passe chez vous chaque semaine pour un café et une conversation. Toujours la même personne, toujours au même moment.',
      en: 'A volunteer comes round every week for a coffee and a chat. Always the same person, always at the same time.',
    },
    description: {
      nl: [
        'Wie weinig buiten komt, ziet soms dagen niemand. Een vaste bezoeker brengt wat leven in huis. Jullie praten, spelen een spelletje, kijken naar foto’s of gaan even een blokje om. Wat jullie doen, bepaal je samen.',
        'Onze coördinatrice komt eerst kennismaken en zoekt een vrijwilliger die bij je past, bijvoorbeeld iemand met dezelfde interesses of dezelfde taal. Na een paar bezoeken bellen we je om te horen of het klikt.',
      ],
      fr: [
        'Quand on sort peu, on peut passer des jours sans voir personne. Un visiteur régulier apporte un peu de vie à la maison. Vous discutez, jouez à un jeu, regardez des photos ou faites un petit tour. Ce que vous faites, vous le décidez ensemble.',
        'Notre coordinatrice vient d’abord faire connaissance et cherche un bénévole qui vous convient, par exemple quelqu’un qui partage vos intérêts ou votre langue. Après quelques visites, nous vous appelons pour savoir si le courant passe.',
      ],
      en: [
        'If you rarely go out, you can go days without seeing anyone. A regular visitor brings some life into the house. You talk, play a game, look at photos or take a short stroll. What you do, you decide together.',
        'Our coordinator first comes to meet you and looks for a volunteer who suits you, for example someone with the same interests or the same language. After a few visits, we call you to hear whether you get along.',
      ],
    },
    forWhom: {
      nl: 'Ouderen en mensen die alleen wonen in Evere en Schaarbeek en weinig bezoek krijgen.',
      fr: 'Les aînés et les personnes seules à Evere et Schaerbeek qui reçoivent peu de visites.',
      en: 'Older people and people living alone in Evere and Schaerbeek who get few visitors.',
    },
    location: {
      nl: 'Bij je thuis in Evere of Schaarbeek',
      fr: 'Chez vous, à Evere ou à Schaerbeek',
      en: 'At your home in Evere or Schaerbeek',
    },
    schedule: {
      nl: 'Eén keer per week, ongeveer anderhalf uur, op een moment dat jullie samen kiezen',
      fr: 'Une fois par semaine, environ une heure et demie, au moment que vous choisissez ensemble',
      en: 'Once a week, about an hour and a half, at a time you choose together',
    },
    howToJoin: {
      nl: 'Bel Zorgzame Buren Evere op +32 2 555 11 37 of mail naar bezoek@zorgzameburen.example.org. Ook een familielid, buur of huisarts mag ons contacteren, als jij akkoord bent. Het is gratis.',
      fr: 'Appelez Zorgzame Buren Evere au +32 2 555 11 37 ou écrivez à bezoek@zorgzameburen.example.org. Un proche, un voisin ou votre médecin peut aussi nous contacter, si vous êtes d’accord. C’est gratuit.',
      en: 'Call Zorgzame Buren Evere on +32 2 555 11 37 or email bezoek@zorgzameburen.example.org. A relative, neighbour or your GP can also contact us, if you agree. It is free.',
    },
    remote: false,
    categories: ['chat'],
    municipalities: ['evere', 'schaerbeek'],
    audiences: ['seniors', 'living-alone'],
    languages: ['nl', 'fr', 'it'],
    contactPhone: '+32 2 555 11 37',
    contactEmail: 'bezoek@zorgzameburen.example.org',
  },
  {
    key: 'kaartjes-feestdagen',
    organisation: 'warme-draad',
    title: {
      nl: 'Kaartjes voor de feestdagen',
      fr: 'Des cartes pour les fêtes',
      en: 'Holiday cards for people living alone',
    },
    summary: {
      nl: 'Schrijf in december een kaartje voor iemand die de feestdagen alleen doorbrengt. Wij bezorgen het persoonlijk.',
      fr: 'En décembre, écrivez une carte pour quelqu’un qui passe les fêtes seul. Nous la remettons en main propre.',
      en: 'In December, write a card for someone who spends the holidays alone. We deliver it in person.',
    },
    description: {
      nl: [
        'Voor veel mensen is eind december de eenzaamste tijd van het jaar. Overal zie je gezinnen en feestjes, maar bij hen blijft de brievenbus leeg. Met deze actie willen we daar iets aan doen: elk jaar sturen Brusselaars honderden kaartjes naar mensen die we kennen via onze Telefoonketen en bezoekdiensten.',
        'Je kunt alleen schrijven, met je gezin, met je klas of met je collega’s. Een paar warme woorden zijn genoeg. Onze vrijwilligers brengen de kaartjes persoonlijk rond, en blijven dan vaak even voor een babbel.',
      ],
      fr: [
        'Pour beaucoup de gens, la fin décembre est la période la plus solitaire de l’année. Partout on voit des familles et des fêtes, mais chez eux, la boîte aux lettres reste vide. Avec cette action, nous voulons changer cela\u00a0: chaque année, des Bruxellois envoient des centaines de cartes à des personnes que nous connaissons grâce à notre chaîne téléphonique et nos visites.',
        'Vous pouvez écrire seul, en famille, avec votre classe ou avec vos collègues. Quelques mots chaleureux suffisent. Nos bénévoles remettent les cartes en main propre, et restent souvent un moment pour papoter.',
      ],
      en: [
        'For many people, late December is the loneliest time of the year. Everywhere you see families and parties, but their letterbox stays empty. This campaign wants to change that: every year, people in Brussels send hundreds of cards to people we know through our phone chain and visiting services.',
        'You can write alone, with your family, with your class or with your colleagues. A few warm words are enough. Our volunteers deliver the cards in person, and often stay for a chat.',
      ],
    },
    forWhom: {
      nl: 'Voor mensen die alleen wonen en de feestdagen alleen doorbrengen. Schrijven kan iedereen: gezinnen, klassen, bedrijven.',
      fr: 'Pour les personnes seules qui passent les fêtes seules. Tout le monde peut écrire\u00a0: familles, classes, entreprises.',
      en: 'For people living alone who spend the holidays on their own. Anyone can write: families, classes, companies.',
    },
    location: {
      nl: 'Van thuis uit; de kaartjes gaan naar mensen in Brussel-Stad, Elsene en Etterbeek',
      fr: 'Depuis chez vous\u00a0; les cartes vont à des personnes de Bruxelles-Ville, Ixelles et Etterbeek',
      en: 'From your own home; the cards go to people in the City of Brussels, Ixelles and Etterbeek',
    },
    schedule: {
      nl: 'Kaartjes insturen van 15 november tot 15 december; we bezorgen ze voor Kerstmis',
      fr: 'Envoi des cartes du 15 novembre au 15 décembre\u00a0; nous les distribuons avant Noël',
      en: 'Send your cards between 15 November and 15 December; we deliver them before Christmas',
    },
    howToJoin: {
      nl: 'Stuur je kaartjes in een grote enveloppe naar Warme Draad, Hoogstraat 150, 1000 Brussel. Schrijf geen adres op het kaartje zelf, alleen je voornaam. Met een grote groep? Mail naar kaartjes@warmedraad.example.org.',
      fr: 'Envoyez vos cartes dans une grande enveloppe à Warme Draad, rue Haute 150, 1000 Bruxelles. N’écrivez pas d’adresse sur la carte, seulement votre prénom. Vous êtes un grand groupe\u00a0? Écrivez à kaartjes@warmedraad.example.org.',
      en: 'Send your cards in a large envelope to Warme Draad, Rue Haute 150, 1000 Brussels. Do not write an address on the card itself, only your first name. A large group? Email kaartjes@warmedraad.example.org.',
    },
    remote: true,
    categories: ['letters', 'activities'],
    municipalities: ['brussels', 'ixelles', 'etterbeek'],
    audiences: ['living-alone', 'families'],
    languages: ['nl', 'fr', 'en'],
    contactEmail: 'kaartjes@warmedraad.example.org',
    website: 'https://warmedraad.example.org/kaartjes',
  },
  {
    key: 'duo-jong-en-oud',
    organisation: 'duo-woluwe',
    title: {
      nl: 'Duo jong en oud: een student op bezoek',
      fr: 'Duo jeune et aîné\u00a0: un étudiant vous rend visite',
      en: 'Young and old duo: a student comes to visit',
    },
    summary: {
      nl: 'Een student komt om de week langs om te praten, te wandelen of je te helpen met je tablet. En leert zelf veel van jou.',
      fr: 'Un étudiant passe une semaine sur deux pour discuter, se promener ou vous aider avec votre tablette. Et il apprend beaucoup de vous.',
      en: 'A student comes round every other week to talk, go for a walk or help you with your tablet. And learns a lot from you in return.',
    },
    description: {
      nl: [
        'Een duo bestaat uit een oudere en een jongere die elkaar om de week zien. Wat ze samen doen, kiezen ze zelf: koffie drinken, een wandeling door het Woluwepark, samen koken of uitzoeken hoe je een videogesprek met de kleinkinderen start.',
        'De jongeren zijn studenten en jongvolwassenen die graag iets betekenen. Ze krijgen een korte opleiding en kunnen altijd bij ons terecht met vragen. Veel duo’s houden het jaren vol, en sommigen gaan samen op uitstap.',
      ],
      fr: [
        'Un duo, c’est un aîné et un jeune qui se voient une semaine sur deux. Ils choisissent eux-mêmes ce qu’ils font ensemble\u00a0: prendre un café, se promener dans le parc de Woluwe, cuisiner ou apprendre à lancer un appel vidéo avec les petits-enfants.',
        'Les jeunes sont des étudiants et des jeunes adultes qui ont envie d’être utiles. Ils reçoivent une courte formation et peuvent toujours nous poser leurs questions. Beaucoup de duos durent des années, et certains partent même en excursion ensemble.',
      ],
      en: [
        'A duo is an older person and a young person who see each other every other week. They choose what to do together: have a coffee, walk in Woluwe Park, cook, or figure out how to start a video call with the grandchildren.',
        'The young people are students and young adults who want to make a difference. They get a short training and can always come to us with questions. Many duos last for years, and some go on day trips together.',
      ],
    },
    forWhom: {
      nl: 'Ouderen in Sint-Lambrechts-Woluwe en Sint-Pieters-Woluwe die graag jong gezelschap hebben, en jongeren die vrijwilliger willen worden.',
      fr: 'Les aînés de Woluwe-Saint-Lambert et Woluwe-Saint-Pierre qui aiment la compagnie des jeunes, et les jeunes qui veulent devenir bénévoles.',
      en: 'Older people in Woluwe-Saint-Lambert and Woluwe-Saint-Pierre who would enjoy young company, and young people who want to volunteer.',
    },
    location: {
      nl: 'Bij je thuis en in de buurt',
      fr: 'Chez vous et dans le quartier',
      en: 'At your home and around the neighbourhood',
    },
    schedule: {
      nl: 'Om de week, ongeveer twee uur, op een moment dat jullie samen kiezen',
      fr: 'Une semaine sur deux, environ deux heures, au moment que vous choisissez ensemble',
      en: 'Every other week, about two hours, at a time you choose together',
    },
    howToJoin: {
      nl: 'Bel Duo Woluwe op +32 2 555 11 39 of mail naar duo@duowoluwe.example.org. We komen eerst bij je langs voor een gesprek. Het eerste bezoek van je duo doen we samen. Het is gratis.',
      fr: 'Appelez Duo Woluwe au +32 2 555 11 39 ou écrivez à duo@duowoluwe.example.org. Nous passons d’abord chez vous pour discuter. La première visite de votre duo se fait avec nous. C’est gratuit.',
      en: 'Call Duo Woluwe on +32 2 555 11 39 or email duo@duowoluwe.example.org. We first come to see you for a talk. We join the first visit of your duo. It is free.',
    },
    remote: false,
    categories: ['chat', 'activities', 'digital'],
    municipalities: ['woluwe-saint-lambert', 'woluwe-saint-pierre'],
    audiences: ['seniors', 'young-adults'],
    languages: ['nl', 'fr', 'en'],
    contactPhone: '+32 2 555 11 39',
    contactEmail: 'duo@duowoluwe.example.org',
    website: 'https://duowoluwe.example.org',
  },
  {
    key: 'fietsles-volwassenen',
    organisation: 'trappers-van-hart',
    title: {
      nl: 'Fietsles voor volwassenen',
      fr: 'Cours de vélo pour adultes',
      en: 'Cycling lessons for adults',
    },
    summary: {
      nl: 'Nooit leren fietsen? Het is nooit te laat. In acht lessen leer je fietsen op een veilige plek, in een kleine groep.',
      fr: 'Vous n’avez jamais appris à faire du vélo\u00a0? Il n’est jamais trop tard. En huit cours, vous apprenez dans un endroit sûr, en petit groupe.',
      en: 'Never learned to ride a bike? It is never too late. In eight lessons you learn on a safe spot, in a small group.',
    },
    description: {
      nl: [
        'We beginnen zonder pedalen, gewoon met evenwicht houden. Stap voor stap leer je trappen, remmen, bochten nemen en een arm uitsteken. Fietsen en helmen zijn er, je hoeft niets mee te brengen. Er is ook een groep alleen voor vrouwen, met vrouwelijke lesgevers.',
        'In de laatste lessen fietsen we samen op rustige straten en door het park. Veel deelnemers zijn pas in Brussel en ontdekken zo hun nieuwe buurt. En na de les blijft de groep vaak nog even plakken voor een thee.',
      ],
      fr: [
        'Nous commençons sans pédales, simplement en gardant l’équilibre. Pas à pas, vous apprenez à pédaler, à freiner, à tourner et à tendre le bras. Les vélos et les casques sont fournis, vous n’apportez rien. Il y a aussi un groupe réservé aux femmes, avec des monitrices.',
        'Lors des derniers cours, nous roulons ensemble dans des rues calmes et dans le parc. Beaucoup de participants viennent d’arriver à Bruxelles et découvrent ainsi leur nouveau quartier. Et après le cours, le groupe reste souvent pour un thé.',
      ],
      en: [
        'We start without pedals, just keeping your balance. Step by step you learn to pedal, brake, turn and signal with your arm. Bikes and helmets are provided; you do not need to bring anything. There is also a women-only group with female instructors.',
        'In the last lessons we ride together on quiet streets and through the park. Many participants are new to Brussels and discover their new neighbourhood this way. And after the lesson, the group often stays on for a cup of tea.',
      ],
    },
    forWhom: {
      nl: 'Volwassenen die nooit hebben leren fietsen, ook nieuwkomers. Iedereen is welkom, op elke leeftijd.',
      fr: 'Les adultes qui n’ont jamais appris à faire du vélo, y compris les primo-arrivants. Tout le monde est bienvenu, à tout âge.',
      en: 'Adults who never learned to cycle, including newcomers. Everyone is welcome, at any age.',
    },
    location: {
      nl: 'Op het afgesloten plein achter Dumonplein 8, 1150 Sint-Pieters-Woluwe, en aan het Rood Klooster in Oudergem',
      fr: 'Sur l’esplanade fermée derrière la place Dumon 8, 1150 Woluwe-Saint-Pierre, et au Rouge-Cloître à Auderghem',
      en: 'On the closed square behind Place Dumon 8, 1150 Woluwe-Saint-Pierre, and at Rouge-Cloître in Auderghem',
    },
    schedule: {
      nl: 'Acht zaterdagen van 10 tot 12 uur, in het voorjaar (vanaf maart) en in het najaar (vanaf september)',
      fr: 'Huit samedis de 10 h à 12 h, au printemps (à partir de mars) et en automne (à partir de septembre)',
      en: 'Eight Saturdays 10:00–12:00, in spring (from March) and autumn (from September)',
    },
    howToJoin: {
      nl: 'Schrijf je in via +32 2 555 11 40 of les@trappersvanhart.example.org. Zeg of je in de gemengde groep of in de vrouwengroep wilt. De reeks kost 15 euro; wie dat niet kan betalen, doet gratis mee.',
      fr: 'Inscrivez-vous au +32 2 555 11 40 ou à les@trappersvanhart.example.org. Dites-nous si vous préférez le groupe mixte ou le groupe de femmes. La série coûte 15 euros\u00a0; si vous ne pouvez pas payer, c’est gratuit.',
      en: 'Sign up on +32 2 555 11 40 or at les@trappersvanhart.example.org. Tell us whether you prefer the mixed group or the women’s group. The series costs 15 euros; if you cannot pay, you join for free.',
    },
    remote: false,
    categories: ['activities'],
    municipalities: ['woluwe-saint-pierre', 'auderghem'],
    audiences: ['newcomers', 'everyone'],
    languages: ['fr', 'nl', 'en', 'ar'],
    contactPhone: '+32 2 555 11 40',
    contactEmail: 'les@trappersvanhart.example.org',
  },
  {
    key: 'oogstmaaltijd-bosvoorde',
    organisation: 'tuinkring-zonienrand',
    title: {
      nl: 'Oogstmaaltijd uit de moestuin',
      fr: 'Repas de récolte du potager',
      en: 'Harvest meal from the garden',
    },
    summary: {
      nl: 'Eén zaterdag per maand oogsten we samen, koken we met wat de tuin geeft en eten we aan een lange tafel in de tuin.',
      fr: 'Un samedi par mois, nous récoltons ensemble, cuisinons ce que donne le jardin et mangeons à une longue table au potager.',
      en: 'One Saturday a month we harvest together, cook with what the garden gives us and eat at a long table in the garden.',
    },
    description: {
      nl: [
        'We beginnen in de moestuin met plukken en oogsten. Daarna verdelen we de taken: groenten wassen, snijden, soep koken, tafels klaarzetten. Iedereen helpt mee op zijn manier. Wie niet lang kan rechtstaan, schilt aan tafel.',
        'Rond één uur zitten we samen aan een lange tafel onder de fruitbomen. Er zijn buren van 5 tot 85 jaar. Bij regen eten we in de serre. Het is eenvoudig, vers en gezellig, en je gaat naar huis met een zakje groenten.',
      ],
      fr: [
        'Nous commençons au potager par la cueillette et la récolte. Ensuite, nous répartissons les tâches\u00a0: laver les légumes, couper, préparer la soupe, dresser les tables. Chacun aide à sa façon. Si vous ne pouvez pas rester longtemps debout, vous épluchez à table.',
        'Vers 13 h, nous nous retrouvons à une longue table sous les arbres fruitiers. Il y a des voisins de 5 à 85 ans. S’il pleut, nous mangeons dans la serre. C’est simple, frais et convivial, et vous repartez avec un petit sac de légumes.',
      ],
      en: [
        'We start in the garden by picking and harvesting. Then we share out the tasks: washing vegetables, chopping, making soup, setting the tables. Everyone helps in their own way. If you cannot stand for long, you peel at the table.',
        'Around one o’clock, we sit together at a long table under the fruit trees. There are neighbours aged 5 to 85. If it rains, we eat in the greenhouse. It is simple, fresh and friendly, and you go home with a bag of vegetables.',
      ],
    },
    forWhom: {
      nl: 'Iedereen uit Watermaal-Bosvoorde en Ukkel, en zeker wie alleen woont en graag in gezelschap eet.',
      fr: 'Tous les habitants de Watermael-Boitsfort et d’Uccle, et surtout les personnes seules qui aiment manger en compagnie.',
      en: 'Everyone from Watermael-Boitsfort and Uccle, and especially people living alone who enjoy eating in company.',
    },
    location: {
      nl: 'Moestuin Zoniënrand, achter Terhulpsesteenweg 301, 1170 Watermaal-Bosvoorde',
      fr: 'Potager de la Lisière, derrière la chaussée de La Hulpe 301, 1170 Watermael-Boitsfort',
      en: 'Forest Edge Garden, behind Chaussée de La Hulpe 301, 1170 Watermael-Boitsfort',
    },
    schedule: {
      nl: 'De laatste zaterdag van de maand van 10 tot 15 uur, van mei tot oktober',
      fr: 'Le dernier samedi du mois de 10 h à 15 h, de mai à octobre',
      en: 'The last Saturday of the month 10:00–15:00, May to October',
    },
    times: [{ repeats: 'monthly', date: '2027-05-01', until: '2027-10-31', weekday: 'saturday', weekOfMonth: 'last', startTime: '10:00', endTime: '15:00' }],
    howToJoin: {
      nl: 'Laat ten laatste op donderdag weten dat je komt via +32 2 555 11 41 of tuin@zonienrand.example.org. Je betaalt wat je kunt missen.',
      fr: 'Prévenez-nous au plus tard le jeudi au +32 2 555 11 41 ou à tuin@zonienrand.example.org. Vous payez ce que vous pouvez.',
      en: 'Let us know by Thursday at the latest on +32 2 555 11 41 or at tuin@zonienrand.example.org. You pay what you can.',
    },
    remote: false,
    categories: ['meals', 'activities'],
    municipalities: ['watermael-boitsfort', 'uccle'],
    audiences: ['everyone', 'living-alone'],
    languages: ['nl', 'fr', 'en'],
    contactPhone: '+32 2 555 11 41',
    contactEmail: 'tuin@zonienrand.example.org',
  },
  {
    key: 'babbelbank-elisabethpark',
    organisation: 'buurtkamer-basiliek',
    title: {
      nl: 'De babbelbank in het Elisabethpark',
      fr: 'Le banc papote du parc Élisabeth',
      en: 'The chat bench in Elisabeth Park',
    },
    summary: {
      nl: 'Op de bank met het gele bordje zit een vrijwilliger die graag een praatje maakt. Ga erbij zitten, zomaar.',
      fr: 'Sur le banc au panneau jaune, un bénévole est assis et aime faire la causette. Asseyez-vous, tout simplement.',
      en: 'On the bench with the yellow sign, a volunteer sits waiting for a chat. Just sit down and join them.',
    },
    description: {
      nl: [
        'Op een bank in het Elisabethpark hangt een geel bordje: ‘Hier mag je aanschuiven voor een babbel’. Twee keer per week zitten daar vrijwilligers van de Buurtkamer. Wie wil, gaat erbij zitten. Over het weer, de buurt, het leven, of gewoon samen naar de basiliek kijken.',
        'Het is een eenvoudige manier om contact te maken, zonder afspraak en zonder drempel. Sommige mensen komen elke week terug. Anderen komen daarna eens naar de Buurtkamer of de zondagslunch. Bij regen zitten we binnen, in de Buurtkamer.',
      ],
      fr: [
        'Sur un banc du parc Élisabeth, un panneau jaune dit\u00a0: «\u00a0Ici, on peut s’asseoir pour papoter\u00a0». Deux fois par semaine, des bénévoles de la Buurtkamer y sont assis. Qui veut, s’assied à côté. On parle de la météo, du quartier, de la vie, ou on regarde simplement la basilique ensemble.',
        'C’est une façon simple de créer du lien, sans rendez-vous et sans chichis. Certaines personnes reviennent chaque semaine. D’autres passent ensuite à la Buurtkamer ou au repas du dimanche. S’il pleut, nous sommes à l’intérieur, à la Buurtkamer.',
      ],
      en: [
        'On a bench in Elisabeth Park there is a yellow sign: ‘Sit down here for a chat’. Twice a week, volunteers from the Buurtkamer sit there. Anyone who wants to can join them. Talk about the weather, the neighbourhood, life, or just look at the basilica together.',
        'It is a simple way to connect, with no appointment and no fuss. Some people come back every week. Others later drop by the Buurtkamer or the Sunday lunch. When it rains, we are inside, at the Buurtkamer.',
      ],
    },
    forWhom: {
      nl: 'Iedereen die in de buurt is en zin heeft in een praatje, en zeker wie alleen woont.',
      fr: 'Toute personne qui passe dans le coin et qui a envie de papoter, et surtout celles qui vivent seules.',
      en: 'Anyone who is nearby and fancies a chat, and especially people who live alone.',
    },
    location: {
      nl: 'Elisabethpark, bank naast de speeltuin aan de kant van Koekelberg; bij regen in de Buurtkamer, Herkoliersstraat 30',
      fr: 'Parc Élisabeth, banc près de la plaine de jeux côté Koekelberg\u00a0; en cas de pluie à la Buurtkamer, rue Herkoliers 30',
      en: 'Elisabeth Park, the bench next to the playground on the Koekelberg side; when it rains, at the Buurtkamer, Rue Herkoliers 30',
    },
    schedule: {
      nl: 'Binnenlopen kan op elk moment, ook later',
      fr: 'Vous pouvez arriver à tout moment, même plus tard',
      en: 'Drop in at any time, late is fine',
    },
    times: [
      { repeats: 'weekly', date: '2026-09-01', weekday: 'wednesday', startTime: '14:00', endTime: '16:00' },
      { repeats: 'weekly', date: '2026-09-01', weekday: 'saturday', startTime: '14:00', endTime: '16:00' },
    ],
    howToJoin: {
      nl: 'Ga gewoon zitten, je hoeft niets te regelen. Wil je zelf een keer op de babbelbank zitten als vrijwilliger? Bel +32 2 555 11 42.',
      fr: 'Asseyez-vous simplement, rien à organiser. Vous voulez vous-même tenir le banc papote comme bénévole\u00a0? Appelez le +32 2 555 11 42.',
      en: 'Just sit down; there is nothing to arrange. Would you like to sit on the chat bench as a volunteer yourself? Call +32 2 555 11 42.',
    },
    remote: false,
    categories: ['chat', 'activities'],
    municipalities: ['koekelberg', 'ganshoren', 'berchem-sainte-agathe'],
    audiences: ['living-alone', 'everyone'],
    languages: ['nl', 'fr', 'ar'],
    contactPhone: '+32 2 555 11 42',
  },
];
