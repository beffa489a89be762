import { describe, expect, it } from 'vitest';
import { countdownStep } from './countdown-end';

const START = 1_700_000_000_000;
const plank = { setId: 's2', startedAt: START, countdownSeconds: 60 };

describe('countdownStep', () => {
  it('runs until the countdown reaches 0', () => {
    expect(countdownStep(plank, START, undefined)).toBe('running');
    expect(countdownStep(plank, START + 59_999, plank)).toBe('running');
  });

  it('ends with the alarm when this page saw it running', () => {
    expect(countdownStep(plank, START + 60_000, plank)).toBe('ended');
    // A tab that slept through the end sounds it when it wakes.
    expect(countdownStep(plank, START + 600_000, plank)).toBe('ended');
  });

  it('is found ended, without the alarm, when the page opens after the end', () => {
    expect(countdownStep(plank, START + 60_000, undefined)).toBe('found-ended');
    // What the page saw running was another run: a set's earlier timer, or another set's.
    expect(countdownStep(plank, START + 60_000, { ...plank, startedAt: START - 90_000 })).toBe('found-ended');
    expect(countdownStep(plank, START + 60_000, { ...plank, setId: 's1' })).toBe('found-ended');
  });

  it('never ends a stopwatch', () => {
    const stopwatch = { setId: 's2', startedAt: START };
    expect(countdownStep(stopwatch, START + 86_400_000, stopwatch)).toBe('running');
  });
});
