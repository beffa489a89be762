import { EventEmitter } from 'tseep/lib/ee-safe.js';

/**
 * The event emitter NDK imports as `tseep` (aliased in vite.config.ts): tseep's eval-free build,
 * which the Content-Security-Policy allows (its default build compiles listener loops with eval),
 * made safe for a listener removed while its event is being emitted. tseep's emit walks the live
 * listener array and its removeListener shifts that array in place, so the walk reached an empty
 * slot ("o[s] is not a function"): NDK's pool removes its own `connect` listener in that pass, and
 * with a record waiting to be published the worker crashed at every start (found by the kill
 * sweep). Listener arrays are now replaced, never changed in place, before a removal or a
 * prepend: an emit in progress ends over the listeners it began with, as Node's emitter does.
 */
type Listeners = Record<string | symbol, unknown[] | undefined>;
const prototype = EventEmitter.prototype as unknown as Record<string, unknown>;

for (const name of ['removeListener', 'off', 'prependListener']) {
  const original = prototype[name] as (this: { events: Listeners }, event: string | symbol, ...rest: unknown[]) => unknown;
  prototype[name] = function copyOnWrite(this: { events: Listeners }, event: string | symbol, ...rest: unknown[]) {
    const listeners = this.events[event];
    if (listeners) this.events[event] = listeners.slice();
    return original.call(this, event, ...rest);
  };
}

export { EventEmitter };
