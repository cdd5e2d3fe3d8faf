import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { distDir, htmlPages } from '../support/built-site.ts';

const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
}

describe('the W3C HTML checker (vnu)', () => {
  it('finds no error in any built page', async () => {
    expect(htmlPages().length).toBeGreaterThan(50);
    const { stderr } = await promisify(execFile)(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', '--exit-zero-always', distDir()],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((message) => message.type === 'error')
      .map((message) => `${path.relative(distDir(), new URL(message.url ?? 'file:///').pathname)}: ${message.message} ${message.extract ?? ''}`);
    expect(errors).toEqual([]);
  });
});
