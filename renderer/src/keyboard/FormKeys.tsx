import { useStrings } from '../i18n/strings';

/** Beside a form's save button: which keys save and leave. */
export function FormKeys() {
  const { msCounter } = useStrings();
  return (
    <p className="form-keys" aria-hidden="true">
      <kbd className="key-hint">Enter</kbd> {msCounter.shortcuts.formSave} <kbd className="key-hint">Esc</kbd>{' '}
      {msCounter.shortcuts.formLeave}
    </p>
  );
}
