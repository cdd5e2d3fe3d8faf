import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Real bytes of each kind of file, as a person's computer would send them. */
export const SAMPLE_BYTES = {
  pdf: Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'), randomBytes(2000), Buffer.from('\n%%EOF\n')]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), Buffer.from('IHDR'), randomBytes(3000)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), randomBytes(4000), Buffer.from([0xff, 0xd9])]),
  /** A Windows program: "MZ", then the DOS stub. */
  exe: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.from('This program cannot be run in DOS mode.'), randomBytes(1000)]),
};

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface FakeUpload {
  filepath: string;
  originalFilename: string;
  mimetype: string;
  size: number;
}

/** Files in a temporary folder, as koa-body (formidable) leaves an upload before the controller runs. */
export class UploadFolder {
  private constructor(readonly dir: string) {}

  static async create(): Promise<UploadFolder> {
    return new UploadFolder(await mkdtemp(path.join(tmpdir(), 'cb-upload-test-')));
  }

  async upload(bytes: Buffer, originalFilename: string, mimetype: string): Promise<FakeUpload> {
    const filepath = path.join(this.dir, randomBytes(8).toString('hex'));
    await writeFile(filepath, bytes);
    return { filepath, originalFilename, mimetype, size: bytes.length };
  }

  async remaining(): Promise<string[]> {
    return readdir(this.dir);
  }
}

export async function filesIn(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
