import { cmsConfigAtStart } from '../src/config/env';
import { MEDIA_LIBRARY_TYPES } from '../src/editing/media-types';

export default () => {
  const { secrets, mail } = cmsConfigAtStart();
  return {
    'users-permissions': { config: { jwtSecret: secrets.usersPermissionsJwt } },
    upload: { config: { security: { allowedTypes: MEDIA_LIBRARY_TYPES } } },
    // The staff's workspace: matching, follow-up, dashboard, project-call review (src/plugins/back-office).
    'back-office': { enabled: true, resolve: './src/plugins/back-office' },
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: mail.host,
          port: mail.port,
          secure: mail.secure,
          ignoreTLS: !mail.secure,
          // An unreachable server fails an attempt quickly; the intake outbox retries it later.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
          ...(mail.login ? { auth: mail.login } : {}),
        },
        settings: {
          defaultFrom: mail.from,
          defaultReplyTo: mail.replyTo,
        },
      },
    },
  };
};
