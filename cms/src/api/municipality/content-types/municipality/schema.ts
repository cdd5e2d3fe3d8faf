import { taxonomyCollection } from '../../../../content-model/attributes';

export default taxonomyCollection(
  { singular: 'municipality', plural: 'municipalities', display: 'Municipality', description: 'The 19 municipalities, mirrored from @cb/domain at start' },
  { postcodes: { type: 'string', required: true } },
);
