import { useId, useState, type FormEvent } from 'react';
import { navigate } from '../../lib/router';
import { useTemplatesStore } from '../../store/templates-store';
import { templatePath } from '../../lib/paths';
import { FormError } from '../../ui/form-error';

/** Paste a shared template (an naddr, or a link holding one): it is fetched with its exercises and opened. */
export function OpenLinkForm({ onCancel }: { onCancel: () => void }) {
  const id = useId();
  const [link, setLink] = useState('');
  const busy = useTemplatesStore((s) => s.busy);
  const error = useTemplatesStore((s) => s.actionError);
  const openLink = useTemplatesStore((s) => s.openLink);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = await openLink(link);
    if (address) navigate(templatePath.build({ address }));
  };

  return (
    <form className="form open-link" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Shared template link
        </label>
        <input
          id={id}
          value={link}
          onChange={(event) => setLink(event.target.value)}
          placeholder="naddr1… or a link"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <FormError message={error?.message} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy === 'opening-link' || link.trim() === ''}>
          {busy === 'opening-link' ? 'Opening…' : 'Open'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
