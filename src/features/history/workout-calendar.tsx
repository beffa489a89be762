import { useState } from 'react';
import { useQuery } from '../../lib/query/use-query';
import { useHistoryStore } from '../../store/history-store';
import { dayRecordsQuery, workoutDaysQuery } from '../../store/queries/history-queries';
import type { RecordSummary } from '../../worker/api';
import { dayStartOf, monthWeeks, shiftMonth, WEEKDAYS } from './calendar-grid';
import { formatCount, formatDay } from '../../ui/format';
import { MonthNavigation } from './month-navigation';
import { RecordCard } from './record-card';

const NO_STARTS: number[] = [];
const NO_RECORDS: RecordSummary[] = [];

/** A month of days, the ones with workouts marked; tapping a day lists its workouts below. */
export function WorkoutCalendar() {
  const { calendarMonth, selectedDay, showMonth, selectDay } = useHistoryStore();
  const workoutStarts = useQuery(workoutDaysQuery, calendarMonth, { keepPrevious: true }).data ?? NO_STARTS;
  const dayRecords = useQuery(dayRecordsQuery, selectedDay).data ?? NO_RECORDS;
  const [today] = useState(() => dayStartOf(Date.now() / 1000));
  const todayDate = new Date(today * 1000);
  // The future holds no workouts: the calendar stops at this month.
  const atCurrentMonth = calendarMonth.year === todayDate.getFullYear() && calendarMonth.month === todayDate.getMonth();
  const counts = new Map<number, number>();
  for (const start of workoutStarts) counts.set(dayStartOf(start), (counts.get(dayStartOf(start)) ?? 0) + 1);
  const move = (by: number) => showMonth(shiftMonth(calendarMonth, by));

  return (
    <section className="calendar" aria-label="Workout calendar">
      <MonthNavigation month={calendarMonth} onMove={move} canGoForward={!atCurrentMonth} />
      <table className="calendar__grid">
        <thead>
          <tr>
            {WEEKDAYS.map((name) => (
              <th key={name.long} scope="col" abbr={name.long}>
                {name.narrow}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(calendarMonth).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => {
                if (!day) return <td key={d} />;
                const count = counts.get(day.dayStart) ?? 0;
                return (
                  <td key={d}>
                    <button
                      type="button"
                      className="calendar__day"
                      data-workouts={count > 0 ? 'yes' : undefined}
                      data-today={day.dayStart === today ? 'yes' : undefined}
                      aria-pressed={selectedDay === day.dayStart}
                      aria-label={`${formatDay(day.dayStart)}${count > 0 ? `, ${formatCount(count, 'workout')}` : ''}`}
                      onClick={() => selectDay(day.dayStart)}
                    >
                      {day.dayOfMonth}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {selectedDay === undefined ? (
        <p className="muted calendar__hint">
          {workoutStarts.length > 0
            ? `${formatCount(workoutStarts.length, 'workout')} this month. Tap a marked day to see its workouts.`
            : 'No workouts this month.'}
        </p>
      ) : (
        <section className="calendar__day-list" aria-label={`Workouts on ${formatDay(selectedDay)}`}>
          <h2 className="section-title">{formatDay(selectedDay)}</h2>
          {dayRecords.length > 0 ? (
            <ul className="record-list">
              {dayRecords.map((record) => (
                <li key={record.key}>
                  <RecordCard record={record} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No workout on this day.</p>
          )}
        </section>
      )}
    </section>
  );
}
