import { bodyAccepted } from './body-errors';

/** Just after `strapi::body`: see `body-errors` (a JSON body nested too deep is refused with a 400). */
export default bodyAccepted;
