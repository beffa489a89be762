import { formatDecimal, fromKg, type WeightUnit } from '../../domain/units';
import type { ExerciseSession } from '../../worker/api';
import { linear, niceTicks } from './chart-scale';
import { formatShortDate } from '../../ui/format';

const WIDTH = 358;
const HEIGHT = 210;
const PAD = { left: 44, right: 16, top: 28, bottom: 30 };

/** Estimated one-rep max of each session over time, in the person's unit: a line with labelled axes. */
export function E1rmChart({ sessions, unit }: { sessions: readonly ExerciseSession[]; unit: WeightUnit }) {
  const points = sessions
    .flatMap((session) => (session.e1rmKg === undefined ? [] : [{ start: session.start, value: fromKg(session.e1rmKg, unit) }]))
    .sort((a, b) => a.start - b.start);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return <p className="muted chart-empty">The chart shows your estimated 1RM once a session has a set with weight and reps.</p>;
  }

  const ticks = niceTicks(Math.min(...points.map((p) => p.value)), Math.max(...points.map((p) => p.value)));
  const y = linear([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0], [HEIGHT - PAD.bottom, PAD.top]);
  const x = linear([first.start, last.start], [PAD.left + 8, WIDTH - PAD.right - 8]);
  const line = points.map((p) => `${x(p.start).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const summary =
    points.length === 1
      ? `Estimated 1RM ${formatDecimal(first.value)} ${unit} on ${formatShortDate(first.start)}`
      : `Estimated 1RM from ${formatDecimal(first.value)} ${unit} on ${formatShortDate(first.start)} to ${formatDecimal(last.value)} ${unit} on ${formatShortDate(last.start)}, ${points.length} sessions`;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} data-testid="e1rm-chart">
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart__label" x={PAD.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {formatDecimal(tick)}
            </text>
          </g>
        ))}
        <text className="chart__label" x={PAD.left - 8} y={12} textAnchor="end">
          {unit}
        </text>
        <text className="chart__label" x={PAD.left} y={HEIGHT - 8} textAnchor="start">
          {formatShortDate(first.start)}
        </text>
        {points.length > 1 && (
          <text className="chart__label" x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
            {formatShortDate(last.start)}
          </text>
        )}
        <polyline className="chart__line" points={line} />
        {points.map((p) => (
          <circle key={p.start} className="chart__point" cx={x(p.start)} cy={y(p.value)} r={p === last ? 5 : 3.5} />
        ))}
      </svg>
      <figcaption className="chart__caption">
        <strong>
          {formatDecimal(last.value)} {unit}
        </strong>{' '}
        latest{points.length > 1 && ` · ${signed(last.value - first.value)} ${unit} since ${formatShortDate(first.start)}`}
      </figcaption>
    </figure>
  );
}

function signed(value: number): string {
  const text = formatDecimal(value);
  return value > 0 ? `+${text}` : text;
}
