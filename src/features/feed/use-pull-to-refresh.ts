import { useRef, useState, type TouchEvent } from 'react';

const THRESHOLD_PX = 64;
const MAX_PULL_PX = 96;

/**
 * Pull down from the top of the page to refresh: `distance` follows the finger (damped),
 * and letting go past the threshold calls `onRefresh`.
 */
export function usePullToRefresh(onRefresh: () => unknown) {
  const startY = useRef<number | undefined>(undefined);
  const [distance, setDistance] = useState(0);

  const handlers = {
    onTouchStart(event: TouchEvent) {
      startY.current = window.scrollY <= 0 ? event.touches[0]?.clientY : undefined;
    },
    onTouchMove(event: TouchEvent) {
      const y = event.touches[0]?.clientY;
      if (startY.current === undefined || y === undefined) return;
      setDistance(Math.min(MAX_PULL_PX, Math.max(0, (y - startY.current) / 2)));
    },
    onTouchEnd() {
      if (distance >= THRESHOLD_PX) void onRefresh();
      startY.current = undefined;
      setDistance(0);
    },
  };
  return { distance, ready: distance >= THRESHOLD_PX, handlers };
}
