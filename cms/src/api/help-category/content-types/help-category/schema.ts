import { taxonomyCollection } from '../../../../content-model/attributes';

export default taxonomyCollection(
  { singular: 'help-category', plural: 'help-categories', display: 'Help category', description: 'Mirrored from @cb/domain at start; edit it there' },
  {},
);
