import { useEffect, useState } from 'react';
import { listen } from '../lib/worker-client';
import { settingsPath } from '../lib/paths';
import { navigate } from '../lib/router';

/** Says so, on every screen, when the person's own data did not fit on the device. */
export function StorageAlert() {
  const [message, setMessage] = useState<string>();
  useEffect(
    () =>
      listen((event) => {
        if (event.type === 'storage-status') setMessage(event.payload.full ? event.payload.message : undefined);
      }),
    [],
  );
  if (!message) return null;
  return (
    <div className="storage-alert" role="alert" data-testid="storage-alert">
      <p>{message}</p>
      <button type="button" className="button" onClick={() => navigate(settingsPath.build())}>
        Storage
      </button>
    </div>
  );
}
