/**
 * Round tick values covering [min, max], about `count` of them, on steps `stepFor` rounds
 * (1, 2, 2.5 or 5 times a power of ten unless given); a single value gets a step of room
 * above and below.
 */
export function niceTicks(min: number, max: number, count = 4, stepFor: (rough: number) => number = decimalStep): number[] {
  const span = max - min || Math.max(Math.abs(max) * 0.1, 1);
  const step = stepFor(span / count);
  let low = Math.floor(min / step) * step;
  let high = Math.ceil(max / step) * step;
  if (low === high) {
    low -= step;
    high += step;
  }
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 does not print as 0.30000000000000004.
  for (let value = low; value <= high + step / 2; value += step) ticks.push(Number(value.toFixed(6)));
  return ticks;
}

/** A linear map from a domain onto a pixel range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (value) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
}

function decimalStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  return ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
}

// Seconds a clock's ticks step by, so they read as whole times: 0:05, 0:15, 1:00, 5:00…
const CLOCK_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600];

/** A step for ticks shown as clock times (durations, paces): whole seconds, minutes or hours. */
export function clockStep(rough: number): number {
  return CLOCK_STEPS.find((step) => step >= rough) ?? Math.ceil(rough / 3600) * 3600;
}
