'use strict';
// The plugin's server part is TypeScript compiled with the rest of the CMS (see cms/tsconfig.json);
// Strapi loads plugins from their own folder, so this hands it the compiled module.
module.exports = require('../../../dist/src/plugins/back-office/server/index.js').default;
