/**
 * The admin panel of Connecting Brussels. It must not call out to the internet: the panel would
 * otherwise ask GitHub for Strapi's latest release after every login.
 */
export default {
  config: {
    notifications: { releases: false },
  },
};
