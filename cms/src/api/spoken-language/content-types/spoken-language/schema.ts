import { taxonomyCollection } from '../../../../content-model/attributes';

export default taxonomyCollection(
  { singular: 'spoken-language', plural: 'spoken-languages', display: 'Spoken language', description: 'Mirrored from @cb/domain at start; edit it there' },
  {},
);
