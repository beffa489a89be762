import { decode } from 'nostr-tools/nip19';
import { formatAddress, parseAddress } from '../../domain/address';
import { WorkerFailure } from '../errors';

/**
 * An `naddr1…` (NIP-19, with its relay hints; bare, as `nostr:naddr1…` or inside a shared
 * link) or a plain "<kind>:<pubkey>:<d>" address of one of `kinds`; anything else is
 * refused naming what was expected.
 */
export function readAddressPointer(pointer: string, kinds: readonly number[], what: string): { address: string; relays: string[] } {
  const value = pointer.trim();
  const naddr = /naddr1[02-9ac-hj-np-z]+/.exec(value)?.[0];
  if (naddr) {
    try {
      const decoded = decode(naddr);
      if (decoded.type === 'naddr' && kinds.includes(decoded.data.kind)) {
        const { kind, pubkey, identifier, relays = [] } = decoded.data;
        return { address: formatAddress({ kind, pubkey, d: identifier }), relays };
      }
    } catch {
      // Reported below.
    }
  }
  const address = parseAddress(value);
  if (address && kinds.includes(address.kind)) return { address: formatAddress(address), relays: [] };
  throw new WorkerFailure('invalid-pointer', `'${pointer}' is not an naddr or address of ${what} (kind ${kinds.join(' or ')})`);
}
