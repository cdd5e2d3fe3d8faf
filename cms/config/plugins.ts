import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  // The staff's workspace: matching, follow-up, dashboard, project-call review (src/plugins/back-office).
  'back-office': { enabled: true, resolve: './src/plugins/back-office' },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 1025),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: !env.bool('SMTP_SECURE', false),
        // An unreachable server fails an attempt quickly; the intake outbox retries it later.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'Connecting Brussels <hello@connecting.brussels>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'hello@connecting.brussels'),
      },
    },
  },
});
