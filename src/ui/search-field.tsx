interface SearchFieldProps {
  /** Read by screen readers, and the placeholder unless one is given. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  autoFocus?: boolean;
}

/** A search box with its magnifier: every keystroke is a new query. */
export function SearchField({ label, value, onChange, placeholder = label, autoFocus }: SearchFieldProps) {
  return (
    <label className="search">
      <span className="visually-hidden">{label}</span>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2.2" />
        <path d="M16.5 16.5L21 21" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <input
        type="search"
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        enterKeyHint="search"
        autoFocus={autoFocus}
      />
    </label>
  );
}
