/**
 * After a failed submit, moves keyboard focus to the first invalid field so the user lands on the problem.
 * Returns a trigger to call in the same update that sets the errors; focus moves once they are rendered.
 * Triggered explicitly (not on every error change) so editing a field never steals focus.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, formRef]);
  return useCallback(() => setRequest((count) => count + 1), []);
}
