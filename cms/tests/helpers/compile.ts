import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';

/** Compiles the CMS's TypeScript once for the whole test run; every test file boots from dist/. */
export default async function compileOnce(): Promise<void> {
  await compileStrapi({ appDir: path.resolve(import.meta.dirname, '..', '..') });
}
