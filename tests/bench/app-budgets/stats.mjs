/** Count, p50, p95 and max of a list of milliseconds (nearest rank), rounded to 0.1 ms. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (ms) => Math.round(ms * 10) / 10;
  return { count: sorted.length, p50: round(rank(0.5)), p95: round(rank(0.95)), max: round(sorted.at(-1) ?? NaN) };
}

/**
 * Each user event's latency to the app measure it started: the first measure that began at or
 * after the event and before the next event (an event that started none is left out).
 */
export function pairLatencies(userEvents, measures) {
  const events = userEvents.map((event) => event.at).sort((a, b) => a - b);
  const sorted = [...measures].sort((a, b) => a.start - b.start);
  return events.flatMap((at, i) => {
    const next = events[i + 1] ?? Infinity;
    const measure = sorted.find((m) => m.start >= at && m.start < next);
    return measure ? [measure.end - at] : [];
  });
}
