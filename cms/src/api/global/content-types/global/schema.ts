import { publicSingle, text, component } from '../../../../content-model/attributes';

/** What every page shows: the phone line, the social links, the footer. */
export default publicSingle(
  { singular: 'global', plural: 'globals', display: 'Global', description: 'Phone line, social links and footer' },
  {
    siteName: text.string({ required: true, maxLength: 80 }),
    tagline: text.string({ required: true, maxLength: 200 }),
    phoneNumber: text.string({ required: true, maxLength: 40, localized: false }),
    phoneHours: text.string({ required: true, maxLength: 200 }),
    contactEmail: text.email(),
    socialLinks: component('shared.social-link', { repeatable: true, localized: false }),
    footerText: text.long({ required: true, maxLength: 600 }),
  },
);
