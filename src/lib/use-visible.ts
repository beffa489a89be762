import { useCallback, useState } from 'react';

/**
 * Whether an element has come near the screen (200 px ahead), for lazy loading; once
 * true it stays true. Attach the returned callback as the element's ref.
 */
export function useVisible<T extends Element>(): [(element: T | null) => void, boolean] {
  const [visible, setVisible] = useState(false);
  const attach = useCallback((element: T | null) => {
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') return setVisible(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [attach, visible];
}
