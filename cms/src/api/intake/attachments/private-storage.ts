import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Core } from '@strapi/strapi';
import { configOf, privateUploadsDir } from '../../../config';

/**
 * Attachments of intake live here, outside `public/` and outside the upload plugin, so that no
 * public route can list or serve them. Only the back office's download route reads them.
 * The folder is PRIVATE_UPLOADS_DIR (see privateUploadsDir in src/config).
 */
export function privateStorageOf(strapi: Core.Strapi): PrivateStorage {
  return new PrivateStorage(privateUploadsDir(configOf(strapi), strapi.dirs.app.root));
}

/** A stored file's name: random, never derived from what the person called it. */
const STORED_ID = /^[a-f0-9]{32}$/;

export function newStoredId(): string {
  return randomBytes(16).toString('hex');
}

export function isStoredId(value: unknown): value is string {
  return typeof value === 'string' && STORED_ID.test(value);
}

export async function sha256Of(filepath: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(filepath), hash);
  return hash.digest('hex');
}

export class PrivateStorage {
  constructor(private readonly dir: string) {}

  /** Moves a temporary upload in under the given id; the temporary file is gone afterwards. */
  async moveIn(sourcePath: string, id: string): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const target = this.pathOf(id);
    try {
      await rename(sourcePath, target);
    } catch (error) {
      // The temporary folder may be on another file system: copy, then remove.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(sourcePath, target);
      await rm(sourcePath, { force: true });
    }
    await chmod(target, 0o600);
  }

  async exists(id: string): Promise<boolean> {
    return stat(this.pathOf(id)).then(
      (stats) => stats.isFile(),
      () => false,
    );
  }

  read(id: string): ReadStream {
    return createReadStream(this.pathOf(id));
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }

  private pathOf(id: string): string {
    if (!isStoredId(id)) throw new Error('Not a stored attachment id');
    return path.join(this.dir, id);
  }
}
