import { describe, expect, it } from 'vitest';
import { RelayBudget } from './relay-budget';

const R = 'wss://r.example';
const LIMITS = { eventsPerSecond: 10, bytesPerSecond: 1_000, burstSeconds: 2, isolateAfterMs: 2_000 };

function budget() {
  const clock = { now: 0 };
  const persistent: string[] = [];
  return {
    clock,
    persistent,
    relays: new RelayBudget(
      LIMITS,
      (relay) => persistent.push(relay),
      () => clock.now,
    ),
  };
}

/** Sends `count` events of `bytes` each, the way NDK hands them over (frame first, then the EVENT); returns how many passed. */
function send(relays: RelayBudget, count: number, bytes = 10): number {
  let passed = 0;
  for (let i = 0; i < count; i++) {
    relays.frame(R, bytes);
    if (relays.admitEvent(R)) passed++;
  }
  return passed;
}

describe('relay budget', () => {
  it('passes a burst, then the sustained rate, and counts what it drops', () => {
    const { clock, relays } = budget();
    expect(send(relays, 30)).toBe(20); // the burst: 2 s of 10 events/s
    clock.now += 500;
    expect(send(relays, 30)).toBe(5);
    expect(relays.dropped(R)).toBe(35);
  });

  it('drops events while the bytes are overdrawn, until the debt is paid', () => {
    const { clock, relays } = budget();
    expect(send(relays, 1, 2_500)).toBe(0); // 500 bytes over the 2,000-byte burst
    clock.now += 400;
    expect(send(relays, 1, 0)).toBe(0); // 100 bytes still owed
    clock.now += 100;
    expect(send(relays, 1, 0)).toBe(1);
  });

  it('reports a relay over its budget for isolateAfterMs without a pause, and not one whose bursts have pauses between them', () => {
    const { clock, relays, persistent } = budget();
    for (let t = 0; t < 4; t++) {
      send(relays, 30);
      clock.now += 1_500; // a pause of more than a second after each burst
    }
    expect(persistent).toEqual([]);

    for (let t = 0; t < 3_000; t += 100) {
      send(relays, 5);
      clock.now += 100;
    }
    expect(persistent).toEqual([R]);
  });
});
