import { describe, expect, it } from 'vitest';
import { jittered, RelayBackoff } from './relay-backoff';

const R = 'wss://r.example';
const POLICY = { reconnect: { firstMs: 1_000, maxMs: 8_000 }, isolation: { firstMs: 60_000, maxMs: 240_000 }, stableMs: 30_000 };

/** A back-off over a clock the test moves, with jitter pinned to `random`. */
function backoff(random = 0.5) {
  const clock = { now: 0 };
  return {
    clock,
    relays: new RelayBackoff(
      POLICY,
      () => clock.now,
      () => random,
    ),
  };
}

describe('relay back-off', () => {
  it('waits between half and all of each doubled step, capped, so no wait is shorter than the one before', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => jittered(POLICY.reconnect, n, () => 0))).toEqual([500, 1_000, 2_000, 4_000, 4_000, 4_000]);
    expect([0, 1, 2, 3, 4, 5].map((n) => jittered(POLICY.reconnect, n, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('a relay that accepts and closes waits longer each time; one that stayed connected starts again from the first step', () => {
    const { clock, relays } = backoff(1);
    const waits = [1, 2, 3, 4].map(() => {
      relays.connected(R);
      clock.now += 100;
      const wait = relays.disconnected(R) - clock.now;
      clock.now += wait;
      return wait;
    });
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000]);

    relays.connected(R);
    clock.now += POLICY.stableMs;
    expect(relays.disconnected(R) - clock.now).toBe(1_000);
  });

  it('an isolated relay may not connect until its isolation ends, and each isolation lasts twice as long', () => {
    const { clock, relays } = backoff(1);
    expect(relays.isolate(R)).toBe(60_000);
    expect(relays.isolate(R)).toBe(60_000); // already isolated: the same isolation
    expect(relays.waitMs(R)).toBe(60_000);
    relays.networkBack(); // the network coming back does not end an isolation
    expect(relays.isolatedUntil(R)).toBe(60_000);

    clock.now = 60_000;
    expect(relays.isolatedUntil(R)).toBeUndefined();
    expect(relays.waitMs(R)).toBe(0);
    expect(relays.isolate(R) - clock.now).toBe(120_000);
  });

  it('the network coming back lets a relay that only failed be tried at once', () => {
    const { relays } = backoff();
    relays.disconnected(R);
    relays.disconnected(R);
    expect(relays.waitMs(R)).toBeGreaterThan(0);
    relays.networkBack();
    expect(relays.waitMs(R)).toBe(0);
  });
});
