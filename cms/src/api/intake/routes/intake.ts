/**
 * The public door of intake: forms post here (from the island as JSON). Nothing here reads intake:
 * records are only ever created, and only staff see them in the admin.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/intake/:form',
      handler: 'intake.submit',
      config: { auth: false },
    },
  ],
};
