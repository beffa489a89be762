import { useId, useState } from 'react';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  autoFocus?: boolean;
}

/** A passphrase input with a show/hide toggle (typing long passphrases on a phone is error-prone). */
export function PassphraseField({ label, value, onChange, autoComplete, hint, autoFocus }: PassphraseFieldProps) {
  const [visible, setVisible] = useState(false);
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__row">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          autoFocus={autoFocus}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <button type="button" className="link-button" onClick={() => setVisible(!visible)} aria-pressed={visible}>
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
