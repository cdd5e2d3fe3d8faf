/** A job the outbox gave up on: no personal data, its label names the kind and the record's reference. Types only, importing nothing: the back office's admin pages read it too. */
export interface FailedJob {
  id: number;
  kind: string;
  label: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}
