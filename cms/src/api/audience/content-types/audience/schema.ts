import { taxonomyCollection } from '../../../../content-model/attributes';

export default taxonomyCollection(
  { singular: 'audience', plural: 'audiences', display: 'Audience', description: 'Mirrored from @cb/domain at start; edit it there' },
  {},
);
