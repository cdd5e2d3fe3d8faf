import cases from './cases';
import caseWork from './case-work';
import figures from './figures';
import people from './people';
import proposals from './proposals';
import screening from './screening';

/** The workspace's services: each owns the reading and writing of one kind of case data. */
export const services = { cases, caseWork, figures, people, proposals, screening };
