/**
 * The page behind the away link in a volunteer's mails (holiday cover), on the site's origin through
 * nginx like the check-in links: GET shows it and changes nothing, its forms post to the same path.
 * The token in the path is the only key.
 */
export default {
  routes: [
    { method: 'GET', path: '/away/:token', handler: 'away-link.show', config: { auth: false } },
    { method: 'POST', path: '/away/:token', handler: 'away-link.update', config: { auth: false } },
  ],
};
