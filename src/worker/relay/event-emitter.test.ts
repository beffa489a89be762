import { describe, expect, it } from 'vitest';
import { EventEmitter } from './event-emitter';

describe('the event emitter NDK uses in the browser build', () => {
  it('calls every listener of an emit even when one removes itself during it, as NDK’s pool does on connect', () => {
    const emitter = new EventEmitter();
    const called: string[] = [];
    const first = () => {
      called.push('first');
      emitter.off('connect', first);
    };
    emitter.on('connect', first);
    emitter.on('connect', () => {
      called.push('second');
    });
    expect(() => emitter.emit('connect')).not.toThrow();
    expect(called).toEqual(['first', 'second']);
    emitter.emit('connect');
    expect(called).toEqual(['first', 'second', 'second']);
  });

  it('a listener prepended during an emit runs from the next emit on', () => {
    const emitter = new EventEmitter();
    const called: string[] = [];
    emitter.on('x', () => {
      called.push('a');
      emitter.prependListener('x', () => {
        called.push('b');
      });
    });
    emitter.emit('x');
    expect(called).toEqual(['a']);
  });
});
