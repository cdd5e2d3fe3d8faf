import type { Schema, UID } from '@strapi/strapi';
import { rm } from 'node:fs/promises';
import type { Locale } from '@cb/domain';
import { ATTACHMENTS_FIELD, PHOTO_FIELD, fieldMessage, type FieldProblem, type IntakeForm } from '@cb/domain/intake';
import { ATTACHMENT_KINDS, PHOTO_KINDS, detectKind, type AttachmentKind, type AttachmentType } from './file-types';
import { isStoredId, newStoredId, sha256Of, type PrivateStorage } from './private-storage';

/** A file as koa-body (formidable) leaves it in a temporary folder. */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

/** What a proposal keeps about each attachment; the file itself is in private storage under `id`. */
export interface AttachmentMetadata {
  id: string;
  /** What the person called it, made safe to show and to offer as a download name. */
  name: string;
  type: AttachmentType;
  size: number;
  sha256: string;
}

const MEGABYTE = 1024 * 1024;

/** What a form's files field accepts, and what a person reads when a file is refused. */
export interface UploadRules {
  /** The posted field, also the record's JSON field with the metadata. */
  field: string;
  kinds: readonly AttachmentKind[];
  maxFiles: number;
  maxBytesPerFile: number;
  messages: { type: FieldProblem; tooBig: FieldProblem; tooMany: FieldProblem };
}

export const PROPOSAL_ATTACHMENTS: UploadRules = {
  field: ATTACHMENTS_FIELD,
  kinds: ATTACHMENT_KINDS,
  maxFiles: 5,
  maxBytesPerFile: 10 * MEGABYTE,
  messages: { type: 'attachment-type', tooBig: 'attachment-too-big', tooMany: 'attachments-too-many' },
};

export const STORY_PHOTO: UploadRules = {
  field: PHOTO_FIELD,
  kinds: PHOTO_KINDS,
  maxFiles: 1,
  maxBytesPerFile: 10 * MEGABYTE,
  messages: { type: 'photo-type', tooBig: 'photo-too-big', tooMany: 'photo-too-many' },
};

/** What the applicant of a funded project may add to a milestone's report (milestone link page). */
export const MILESTONE_FILES: UploadRules = {
  field: 'files',
  kinds: ATTACHMENT_KINDS,
  maxFiles: 3,
  maxBytesPerFile: 10 * MEGABYTE,
  messages: { type: 'attachment-type', tooBig: 'attachment-too-big', tooMany: 'attachments-too-many' },
};

/** The forms that take files, each with its rules. */
export const UPLOAD_RULES: Partial<Record<IntakeForm, UploadRules>> = {
  'project-proposal': PROPOSAL_ATTACHMENTS,
  'story-submission': STORY_PHOTO,
};

/** The record types that keep stored files, and in which JSON field. */
export const STORED_FILE_FIELDS = {
  'api::project-proposal.project-proposal': ATTACHMENTS_FIELD,
  'api::story-submission.story-submission': PHOTO_FIELD,
  'api::project-milestone.project-milestone': 'files',
} as const satisfies { [Uid in UID.ContentType]?: Schema.AttributeNames<Uid> };
/** A record's stored-files field, as read from the database (JSON: checked by `storedFilesOf`). */
export type FilesRow = { [Field in (typeof STORED_FILE_FIELDS)[keyof typeof STORED_FILE_FIELDS]]?: unknown };

export interface InspectedUpload {
  file: UploadedFile;
  kind: AttachmentKind;
}

export type UploadInspection = { ok: true; uploads: InspectedUpload[] } | { ok: false; errors: Record<string, string> };

/** Every file the body parser left behind, whatever field it came in, as one list. */
export function uploadedFilesOf(files: unknown): UploadedFile[] {
  if (!files || typeof files !== 'object') return [];
  const values = Array.isArray(files) ? files : Object.values(files);
  return values.flat().filter(isUploadedFile);
}

function isUploadedFile(value: unknown): value is UploadedFile {
  const file = value as Partial<UploadedFile> | null;
  return typeof file?.filepath === 'string' && typeof file.size === 'number';
}

/**
 * Checks the files by their bytes against the rules of their field. An empty file input (a file of
 * no bytes) is no file. Problems are reported on the field, naming the files: the body parser does
 * not keep the order in which files were sent, so a position would point at the wrong one.
 */
export async function inspectUploads(files: readonly UploadedFile[], locale: Locale, rules: UploadRules = PROPOSAL_ATTACHMENTS): Promise<UploadInspection> {
  const sent = files.filter((file) => file.size > 0);
  if (sent.length > rules.maxFiles) {
    return { ok: false, errors: { [rules.field]: fieldMessage(rules.messages.tooMany, locale, { max: rules.maxFiles }) } };
  }
  const tooBig: string[] = [];
  const unknown: string[] = [];
  const uploads: InspectedUpload[] = [];
  for (const [position, file] of sent.entries()) {
    const shownAs = cleanFileName(file.originalFilename) || `${position + 1}`;
    if (file.size > rules.maxBytesPerFile) {
      tooBig.push(shownAs);
      continue;
    }
    const kind = await detectKind(file.filepath, rules.kinds);
    if (kind) uploads.push({ file, kind });
    else unknown.push(shownAs);
  }
  const messages = [
    ...(unknown.length > 0 ? [fieldMessage(rules.messages.type, locale, { names: unknown.join(', ') })] : []),
    ...(tooBig.length > 0 ? [fieldMessage(rules.messages.tooBig, locale, { names: tooBig.join(', '), max: rules.maxBytesPerFile / MEGABYTE })] : []),
  ];
  return messages.length > 0 ? { ok: false, errors: { [rules.field]: messages.join(' ') } } : { ok: true, uploads };
}

/**
 * Moves accepted uploads into private storage under random names. If one move fails, the ones
 * already moved are removed again: a proposal has all its attachments or none.
 */
export async function keepUploads(uploads: readonly InspectedUpload[], storage: PrivateStorage): Promise<AttachmentMetadata[]> {
  const kept: AttachmentMetadata[] = [];
  try {
    for (const [position, { file, kind }] of uploads.entries()) {
      const id = newStoredId();
      const sha256 = await sha256Of(file.filepath);
      await storage.moveIn(file.filepath, id);
      kept.push({ id, name: safeFileName(file.originalFilename, kind, position), type: kind.type, size: file.size, sha256 });
    }
    return kept;
  } catch (error) {
    await Promise.all(kept.map((attachment) => storage.remove(attachment.id)));
    throw error;
  }
}

/** The stored files a record's JSON field describes, whether it keeps a list (attachments) or one (a photo). */
export function storedFilesOf(value: unknown): AttachmentMetadata[] {
  const candidates: unknown[] = Array.isArray(value) ? value : value ? [value] : [];
  return candidates.filter((candidate): candidate is AttachmentMetadata => isStoredId((candidate as { id?: unknown } | null)?.id));
}

/** Removes the stored files of a record's JSON field. */
export async function removeStoredFiles(value: unknown, storage: PrivateStorage): Promise<void> {
  await Promise.all(storedFilesOf(value).map((file) => storage.remove(file.id)));
}

/** Removes temporary uploads; the body parser only cleans up its own `files` field. */
export async function discardUploads(files: readonly UploadedFile[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file.filepath, { force: true })));
}

const JPEG_EXTENSIONS = ['jpg', 'jpeg'];

/** A file name without folders, control, invisible or reserved characters, and at most 120 long. */
function cleanFileName(original: string | null | undefined): string {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"*:<>?|;]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return firstCharacters(cleaned, 120);
}

/** Cut by characters, never through the middle of one (an emoji is two UTF-16 units). */
function firstCharacters(text: string, count: number): string {
  return Array.from(text).slice(0, count).join('');
}

/**
 * The name offered when staff download the file: no folders, no control or reserved characters,
 * at most 100 characters, and always the extension of what the file really is.
 */
export function safeFileName(original: string | null | undefined, kind: AttachmentKind, position: number): string {
  const cleaned = cleanFileName(original);
  const match = /^(.*)\.([A-Za-z0-9]{1,5})$/.exec(cleaned);
  const stem = firstCharacters(match?.[1] ?? cleaned, 100).trim() || `attachment-${position + 1}`;
  const given = match?.[2]?.toLowerCase() ?? '';
  const extension = given === kind.extension || (kind.extension === 'jpg' && JPEG_EXTENSIONS.includes(given)) ? given : kind.extension;
  return `${stem}.${extension}`;
}

/**
 * A checked proposal as content, for deriving an idempotency key: each attachment by its bytes
 * (sha256), not by the random name it was stored under, so the same post sent twice is one.
 */
export function withAttachmentsByContent(data: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(data.attachments)) return data;
  return { ...data, attachments: (data.attachments as AttachmentMetadata[]).map(({ name, type, sha256 }) => ({ name, type, sha256 })) };
}

/**
 * Stored files get random ids at every post: for deriving an idempotency key, a record's files
 * count by their bytes (sha256), so the same post sent twice is one.
 */
export function filesByContent(data: Record<string, unknown>): Record<string, unknown> {
  const content = { ...data };
  for (const { field } of Object.values(UPLOAD_RULES)) {
    if (field in content) content[field] = storedFilesOf(content[field]).map((file) => file.sha256);
  }
  return content;
}
