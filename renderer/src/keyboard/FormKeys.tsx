import { msCounter } from '../i18n/msCounter';

/** Beside a form's save button: which keys save and leave. */
export function FormKeys() {
  return (
    <p className="form-keys" aria-hidden="true">
      <kbd className="key-hint">Enter</kbd> {msCounter.shortcuts.formSave} <kbd className="key-hint">Esc</kbd>{' '}
      {msCounter.shortcuts.formLeave}
    </p>
  );
}
