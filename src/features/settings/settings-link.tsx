import { AppLink } from '../../lib/app-link';

/** A row that opens another screen: its name, a one-line state, and a chevron. */
export function SettingsLink({ to, title, detail, testId }: { to: string; title: string; detail: string; testId?: string }) {
  return (
    <li>
      <AppLink to={to} className="settings-link">
        <span className="settings-link__text">
          <span className="settings-link__title">{title}</span>
          <span className="settings-link__detail" data-testid={testId}>
            {detail}
          </span>
        </span>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" className="settings-link__chevron">
          <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </AppLink>
    </li>
  );
}
