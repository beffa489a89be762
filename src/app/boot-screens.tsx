/** Shown while the worker opens the database and, on first run, ingests the starter library. */
export function StartingScreen({ detail }: { detail: string }) {
  return (
    <main className="boot" aria-busy="true">
      <img src="/icons/icon-192.png" alt="" width={72} height={72} />
      <h1>Plates</h1>
      <p role="status">{detail}</p>
    </main>
  );
}

/** Shown instead of a blank page when the data worker cannot start. */
export function BootErrorScreen({ reason }: { reason: string }) {
  return (
    <main className="boot boot--error" role="alert">
      <h1>Plates could not start</h1>
      <p className="boot__reason">{reason}</p>
      <p>
        Your logged workouts are safe in this browser. Reload to try again; if it keeps failing, check that this browser allows site
        storage.
      </p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  );
}
