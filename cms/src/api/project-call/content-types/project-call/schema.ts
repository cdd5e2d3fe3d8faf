import { publicCollection, text, slugOf, component, scalar } from '../../../../content-model/attributes';

/** The call for solidarity projects: budget, deadline, criteria, FAQ. Open between opensOn and deadline. */
export default publicCollection(
  { singular: 'project-call', plural: 'project-calls', display: 'Project call', description: 'A call for solidarity projects with financial support' },
  {
    title: text.string({ required: true, maxLength: 160 }),
    slug: slugOf('title'),
    summary: text.long({ required: true, maxLength: 400 }),
    body: text.blocks({ required: true }),
    totalBudget: scalar.integer({ required: true, min: 0 }),
    maxPerProject: scalar.integer({ required: true, min: 0 }),
    opensOn: scalar.date({ required: true }),
    deadline: scalar.datetime({ required: true }),
    criteria: component('call.criterion', { repeatable: true }),
    faq: component('call.faq-item', { repeatable: true }),
    publishAt: scalar.datetime(),
    unpublishAt: scalar.datetime(),
  },
);
