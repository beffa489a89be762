import { useId, useState, type FormEvent } from 'react';
import { useSyncStore } from '../../store/sync-store';
import { FormError } from '../../ui/form-error';

/** Adds a relay; the worker checks the address and its refusal shows under the field. */
export function AddRelayForm() {
  const { relaysBusy, relayError, addRelay, clearRelayError } = useSyncStore();
  const [input, setInput] = useState('');
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await addRelay(input)) setInput('');
  };

  return (
    <form className="form add-relay" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Add a relay
        </label>
        <div className="field__row">
          <input
            id={id}
            value={input}
            onChange={(event) => {
              setInput(event.target.value);
              clearRelayError();
            }}
            placeholder="wss://relay.example.com"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="done"
            aria-invalid={Boolean(relayError)}
          />
          <button type="submit" className="button" disabled={relaysBusy || !input.trim()}>
            Add
          </button>
        </div>
      </div>
      <FormError message={relayError?.message} />
    </form>
  );
}
