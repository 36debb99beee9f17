/**
 * Caches outside React Query that hold what the API sent (for example the transcript's parsed
 * replies) register here, and the session code empties them when a session ends (sign-out or a
 * 401), together with the query cache: the next person at this browser sees nothing of them.
 */
const cleanups = new Set<() => void>();

/** Registers `cleanup` to run when the session ends; returns its removal. */
export function onSessionEnd(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Runs every registered cleanup (each once per end; a failing one does not stop the others). */
export function endSession(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch (error) {
      console.error('A session cleanup failed', error);
    }
  }
}
