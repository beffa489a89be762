import { describe, expect, it } from 'vitest';
import { relayOverride } from './relay-override';

describe('relayOverride', () => {
  it('takes ?relay= on a page served from this machine, and cleans the address', () => {
    expect(relayOverride(new URL('http://127.0.0.1:4173/feed?relay=ws://127.0.0.1:7777&x=1#top'))).toEqual({
      relays: ['ws://127.0.0.1:7777'],
      cleaned: '/feed?x=1#top',
    });
    expect(relayOverride(new URL('http://localhost:4173/?relay=ws://a,ws://b&relay=ws://c')).relays).toEqual([
      'ws://a',
      'ws://b',
      'ws://c',
    ]);
  });

  it('drops ?relay= unread on a deployed site: a crafted link cannot change where a person publishes', () => {
    expect(relayOverride(new URL('https://plates.example/template-link/naddr1x?relay=wss://evil.example'))).toEqual({
      cleaned: '/template-link/naddr1x',
    });
  });

  it('leaves an address without the parameter alone', () => {
    expect(relayOverride(new URL('https://plates.example/history?view=calendar'))).toEqual({});
  });
});
