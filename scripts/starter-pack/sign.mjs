// Signing with nostr-tools; every event is verified from a plain copy before it is written.
import { finalizeEvent, getEventHash, getPublicKey, verifyEvent } from 'nostr-tools/pure';

/**
 * Signs every draft and returns plain events in NIP-01 field order. An event whose id is in
 * `previous` (id → sig) keeps that signature: Schnorr signing is randomised, so re-signing
 * unchanged events would rewrite every line of the committed pack on each rebuild.
 */
export function signEvents(drafts, secretKey, previous = new Map()) {
  const pubkey = getPublicKey(secretKey);
  return drafts.map((draft) => {
    const id = getEventHash({ ...draft, pubkey });
    const kept = previous.has(id) ? plain({ ...draft, pubkey, id, sig: previous.get(id) }) : undefined;
    // verifyEvent trusts a mark that finalizeEvent leaves on its result; plain copies are really checked.
    const event = kept && verifyEvent({ ...kept }) ? kept : plain(finalizeEvent(draft, secretKey));
    if (!verifyEvent({ ...event })) throw new Error(`event ${draft.kind}:${draft.tags[0]?.[1]} does not verify after signing`);
    return event;
  });
}

function plain({ id, pubkey, created_at, kind, tags, content, sig }) {
  return { id, pubkey, created_at, kind, tags, content, sig };
}
