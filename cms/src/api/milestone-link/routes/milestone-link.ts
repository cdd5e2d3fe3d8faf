/**
 * The page behind the milestone link mailed to a funded project's applicant, on the site's origin
 * through nginx (like the check-in links): GET shows it, a POST from its forms records. The token in
 * the path is the only key.
 */
export default {
  routes: [
    { method: 'GET', path: '/project-milestones/:token', handler: 'milestone-link.show', config: { auth: false } },
    { method: 'POST', path: '/project-milestones/:token', handler: 'milestone-link.update', config: { auth: false } },
  ],
};
