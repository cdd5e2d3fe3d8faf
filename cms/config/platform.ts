import { cmsConfigAtStart } from '../src/config/env';

/** The platform's own settings, read from the environment at start; modules reach them with configOf(strapi). */
export default () => cmsConfigAtStart();
