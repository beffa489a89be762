import { wrap, type Remote } from 'comlink';
import type { NostrEvent } from '../../domain/nostr-event';
import type { Verifier } from './verifier';
import type { VerifyWorkerApi } from './verify-worker';

/**
 * Spreads signature checks over helper threads so that they use every core and leave the
 * database thread free to run IndexedDB callbacks: verification of one chunk then overlaps
 * the write of the previous one. A helper that fails is replaced by the local verifier.
 */
export function createVerifierPool(local: Verifier, threads: number): Verifier {
  let helpers: Array<Remote<VerifyWorkerApi>> | undefined;
  const start = () =>
    (helpers ??= Array.from({ length: threads }, (_, i) =>
      wrap<VerifyWorkerApi>(new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module', name: `plates-verify-${i}` })),
    ));
  return {
    name: `${local.name} × ${threads} threads`,
    verify: local.verify,
    async verifyAll(events) {
      if (events.length < 64) return local.verifyAll(events);
      const pool = start();
      const size = Math.ceil(events.length / pool.length);
      const parts = await Promise.all(
        pool.map((helper, i) => {
          const slice = events.slice(i * size, (i + 1) * size) as NostrEvent[];
          return helper.verifyAll(slice.map((event) => JSON.stringify(event))).catch(() => local.verifyAll(slice));
        }),
      );
      return parts.flat();
    },
  };
}
