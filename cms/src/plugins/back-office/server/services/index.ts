import cases from './cases';
import caseWork from './case-work';
import figures from './figures';
import committee from './committee';
import decisions from './decisions';
import fundedProjects from './funded-projects';
import people from './people';
import proposals from './proposals';
import screening from './screening';

/** The workspace's services: each owns the reading and writing of one kind of case data. */
export const services = { cases, caseWork, committee, decisions, fundedProjects, figures, people, proposals, screening };
