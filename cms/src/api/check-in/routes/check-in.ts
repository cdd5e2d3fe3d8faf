/**
 * The pages of a check-in mail's links (and of every "report a concern" link), on the site's origin
 * through nginx: a GET shows a page and changes nothing (mail scanners open links), a POST from that
 * page's form records the answer or the concern. The token in the path is the only key.
 */
export default {
  routes: [
    { method: 'GET', path: '/check-ins/:token', handler: 'check-in.confirmAnswer', config: { auth: false } },
    { method: 'POST', path: '/check-ins/:token', handler: 'check-in.answer', config: { auth: false } },
    { method: 'GET', path: '/concerns/:token', handler: 'check-in.concernForm', config: { auth: false } },
    { method: 'POST', path: '/concerns/:token', handler: 'check-in.reportConcern', config: { auth: false } },
  ],
};
