/**
 * The admin panel of Connecting Brussels. It must not call out to the internet: the panel would
 * otherwise ask GitHub for Strapi's latest release after every login.
 */
import { CloudUpload } from '@strapi/icons';

interface AdminApp {
  widgets: {
    register(widget: { id: string; icon?: typeof CloudUpload; title: { id: string; defaultMessage: string }; component: () => Promise<() => JSX.Element> }): void;
  };
}

export default {
  config: {
    notifications: { releases: false },
  },
  /** The site build status on the home page: a failed build tells editors what to fix. */
  register(app: AdminApp) {
    app.widgets.register({
      id: 'site-build-status',
      icon: CloudUpload,
      title: { id: 'cb.site-build-status.title', defaultMessage: 'Site build' },
      component: async () => (await import('./site-build-status')).SiteBuildStatusWidget,
    });
  },
};
