/**
 * Wraps an async task so that calls made while it runs fold into one more run after it:
 * a burst of worker events costs two reads, not one per event. Every caller's promise
 * settles after a run that started after its call.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}
