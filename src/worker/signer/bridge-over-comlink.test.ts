import 'fake-indexeddb/auto';
import { expose, proxy, wrap } from 'comlink';
import { generateSecretKey, getPublicKey, verifyEvent } from 'nostr-tools/pure';
import { expect, it } from 'vitest';
import { PlatesDatabase } from '../db/database';
import { accountHandlers, type AccountHandlers } from '../handlers/account';
import { createAccount } from './account';
import { keyBridge } from '../../testing/key-bridge';

it('reaches an extension on the other side of a comlink channel when the argument is proxied whole', async () => {
  const { port1, port2 } = new MessageChannel();
  expose(accountHandlers(createAccount(new PlatesDatabase(`plates-bridge-test-${process.pid}`))), port1);
  const api = wrap<AccountHandlers>(port2);
  const secret = generateSecretKey();
  const bridge = keyBridge(secret);
  try {
    expect(await api.useExtension(proxy({ bridge }))).toMatchObject({ status: 'ready', pubkey: getPublicKey(secret) });
    const event = await api.signEvent({ draft: { kind: 1, tags: [], content: 'through the page' } });
    expect(verifyEvent({ ...event })).toBe(true);
  } finally {
    port1.close();
    port2.close();
  }
});
