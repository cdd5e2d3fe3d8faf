import { intakeCollection, relation, scalar } from '../../../../content-model/attributes';

/**
 * An organisation that offers help and that staff checked once (who it is, how it screens its own
 * volunteers): its offers count as screened (see @cb/domain's screening). Staff tie each offer to the
 * check themselves, so that a name typed on the public form never borrows another's check.
 * Private like the offers.
 */
export default intakeCollection(
  {
    singular: 'organisation-check',
    plural: 'organisation-checks',
    display: 'Checked organisation',
    description: 'An organisation staff checked: its offers count as screened (private)',
  },
  {
    /** The name as the offer gave it, and the same name folded (case, accents, spaces): one check per organisation. */
    name: { type: 'string', required: true, maxLength: 255 },
    nameKey: { type: 'string', required: true, unique: true, maxLength: 255 },
    checkedAt: scalar.datetime({ required: true }),
    checkedById: { type: 'integer' },
    checkedByName: { type: 'string', maxLength: 200 },
    offers: relation('oneToMany', 'api::help-offer.help-offer', { mappedBy: 'organisationCheck' }),
  },
);
