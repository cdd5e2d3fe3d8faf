/** What one post to an intake route may weigh. A form filled in by hand never comes near these. */
export const INTAKE_LIMITS = {
  /** JSON and urlencoded bodies: every text field of the largest form at its maximum fits. */
  textBodyBytes: 64 * 1024,
  /** A multipart body: the fields and all the attachments together. */
  multipartBodyBytes: 30 * 1024 * 1024,
  fileBytes: 10 * 1024 * 1024,
  files: 5,
} as const;

const MB = 1024 * 1024;

/** The figures the localized message about attachments names. */
export const UPLOAD_LIMIT_PARAMS = {
  files: INTAKE_LIMITS.files,
  fileMb: INTAKE_LIMITS.fileBytes / MB,
  totalMb: INTAKE_LIMITS.multipartBodyBytes / MB,
};
