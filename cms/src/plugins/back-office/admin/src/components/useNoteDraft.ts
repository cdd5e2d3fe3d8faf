import * as React from 'react';

/**
 * What is left in a note's box once the text sent has been saved: the box empties if it still holds
 * that text; anything typed while it was saving stays (a next note, or words added after it).
 */
export function withoutSaved(current: string, saved: string): string {
  if (saved === '') return current;
  if (current === saved) return '';
  return current.startsWith(saved) ? current.slice(saved.length).trimStart() : current;
}

/**
 * A note being written in a form that saves it: `saved(text)` takes out only the text that was sent,
 * never what the staff member typed while it was on its way.
 */
export function useNoteDraft() {
  const [draft, setDraft] = React.useState('');
  const saved = React.useCallback((text: string) => setDraft((current) => withoutSaved(current, text)), []);
  return { draft, setDraft, saved };
}
