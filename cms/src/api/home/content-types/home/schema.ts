import { publicSingle, text, relation } from '../../../../content-model/attributes';

export default publicSingle(
  { singular: 'home', plural: 'homes', display: 'Home', description: 'The home page of each locale' },
  {
    heroTitle: text.string({ required: true, maxLength: 120 }),
    heroText: text.long({ required: true, maxLength: 300 }),
    phoneCallout: text.string({ required: true, maxLength: 200 }),
    featuredStories: relation('manyToMany', 'api::story.story'),
    featuredInitiatives: relation('manyToMany', 'api::initiative.initiative'),
  },
);
