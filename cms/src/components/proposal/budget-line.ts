import { INTAKE_TEXT_LIMITS } from '@cb/domain/intake';
import { intakeText } from '../../content-model/intake-fields';

export default {
  collectionName: 'components_proposal_budget_lines',
  info: { displayName: 'Budget line', description: 'One line of a project budget' },
  options: {},
  attributes: {
    label: intakeText(INTAKE_TEXT_LIMITS['project-proposal'].budgetLineLabel, { required: true }),
    amount: { type: 'decimal', required: true, min: 0 },
  },
};
