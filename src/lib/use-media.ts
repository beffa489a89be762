import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MediaAnswer, MediaPurpose, MediaRef } from '../worker/api';
import { useObjectUrl } from './use-object-url';
import { useOnline } from './use-online';
import { errorMessage, workerApi } from './worker-client';

export interface MediaView {
  /** An object URL of the stored file (revoked when unused), once there is one. */
  src?: string;
  status: 'loading' | 'stored' | 'offline' | 'failed';
  reason?: string;
  /** The stored file would not show: the worker throws it away and fetches it again. */
  reportBroken(): void;
}

/**
 * A photo from the device through the worker, which fetches, checks and stores it first
 * when it is missing and the device is online. `enabled` false waits (a row not yet on
 * screen); `stored` is a blob the caller already has.
 */
export function useMedia(ref: MediaRef, purpose: MediaPurpose, options: { enabled?: boolean; stored?: Blob } = {}): MediaView {
  const { enabled = true } = options;
  const online = useOnline();
  const [answer, setAnswer] = useState<{ url: string; value: MediaAnswer }>();
  // A given blob that would not show is not used again; the worker's fresh copy is.
  const [brokenUrl, setBrokenUrl] = useState<string>();
  const stored = brokenUrl === ref.url ? undefined : options.stored;
  const current = answer?.url === ref.url ? answer.value : undefined;
  // Callers build the ref afresh each render: only what it says counts.
  const { url, sha256, mime } = ref;
  const media = useMemo<MediaRef>(() => ({ url, ...(sha256 ? { sha256 } : {}), ...(mime ? { mime } : {}) }), [url, sha256, mime]);

  useEffect(() => {
    if (!enabled || stored) return;
    let live = true;
    void workerApi()
      .loadMedia({ media, purpose })
      .then((value) => live && setAnswer({ url: media.url, value }))
      .catch((error: unknown) => live && setAnswer({ url: media.url, value: { status: 'failed', reason: errorMessage(error) } }));
    return () => {
      live = false;
    };
    // Asked again when the network comes back: an "offline" answer may now be a download.
  }, [media, purpose, enabled, stored, online]);

  const blob = stored ?? (current?.status === 'stored' ? current.blob : undefined);
  const src = useObjectUrl(blob);

  const reportBroken = useCallback(() => {
    setBrokenUrl(media.url);
    void workerApi()
      .reportBrokenMedia({ media, purpose })
      .then((value) => setAnswer({ url: media.url, value }))
      .catch(() => undefined);
  }, [media, purpose]);

  if (blob) return { src, status: 'stored', reportBroken };
  if (!current) return { status: 'loading', reportBroken };
  return {
    status: current.status === 'stored' ? 'loading' : current.status,
    ...(current.status === 'failed' ? { reason: current.reason } : {}),
    reportBroken,
  };
}
