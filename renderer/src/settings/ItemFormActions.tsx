import { useStrings } from '../i18n/strings';

/** Save (or `label`), and while an item is being edited, Cancel back to a new one. */
export function ItemFormActions({
  submitting,
  editing,
  onCancel,
  label,
}: {
  submitting: boolean;
  editing: boolean;
  onCancel: () => void;
  label?: string;
}) {
  const { ms } = useStrings();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={submitting}>
        {label ?? ms.common.save}
      </button>
      {editing ? (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {ms.common.cancel}
        </button>
      ) : null}
    </div>
  );
}
