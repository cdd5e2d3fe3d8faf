import { cmsConfigAtStart } from '../src/config/env';
import { previewAdminConfig } from '../src/publishing/preview';

export default () => {
  const { secrets, preview } = cmsConfigAtStart();
  return {
    auth: { secret: secrets.adminJwt },
    apiToken: { salt: secrets.apiTokenSalt },
    transfer: { token: { salt: secrets.transferTokenSalt } },
    secrets: { encryptionKey: secrets.encryptionKey },
    flags: { nps: false, promoteEE: false },
    // Editors open a draft on the site's preview server, in the locale they edit (src/publishing/preview.ts).
    preview: previewAdminConfig(preview),
  };
};
