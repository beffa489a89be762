import { useCallback } from 'react';

/** A ref for an element at the end of a list: when it nears the viewport, `loadMore` runs. */
export function useLoadMore(loadMore: () => unknown) {
  return useCallback(
    (node: HTMLDivElement | null) => {
      if (!node) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) void loadMore();
        },
        { rootMargin: '600px' },
      );
      observer.observe(node);
      return () => observer.disconnect();
    },
    [loadMore],
  );
}
