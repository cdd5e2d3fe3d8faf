import { open } from 'node:fs/promises';

/** The kinds of attachment a proposal may carry, each known by the bytes it starts with. */
export const ATTACHMENT_KINDS = [
  { type: 'application/pdf', extension: 'pdf', signature: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', extension: 'png', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', extension: 'jpg', signature: [0xff, 0xd8, 0xff] },
] as const;

export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export type AttachmentType = AttachmentKind['type'];

/** What a story's photo may be: the images among the kinds above. */
export const PHOTO_KINDS: readonly AttachmentKind[] = ATTACHMENT_KINDS.filter((kind) => kind.type.startsWith('image/'));

const LONGEST_SIGNATURE = Math.max(...ATTACHMENT_KINDS.map((kind) => kind.signature.length));

/** What a file really is, by its first bytes; the name and the type the browser claimed do not count. */
export async function detectKind(filepath: string, accepted: readonly AttachmentKind[] = ATTACHMENT_KINDS): Promise<AttachmentKind | undefined> {
  const head = await readHead(filepath, LONGEST_SIGNATURE);
  return accepted.find((kind) => kind.signature.every((byte, index) => head[index] === byte));
}

export function kindOfType(type: string): AttachmentKind | undefined {
  return ATTACHMENT_KINDS.find((kind) => kind.type === type);
}

async function readHead(filepath: string, length: number): Promise<Buffer> {
  const handle = await open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
