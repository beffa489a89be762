import type { ComponentProps } from 'react';
import { navigate } from './router';

type AppLinkProps = Omit<ComponentProps<'a'>, 'href'> & { to: string };

/** An in-app link: a real href (so opening it in a new tab works), navigation without a page load. */
export function AppLink({ to, onClick, ...props }: AppLinkProps) {
  return (
    <a
      {...props}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
