import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { Result } from '@shared/errors';
import { shownBesideField, applyServerIssues } from '../lib/formErrors';

/**
 * The form above a settings list (case types, fees, users): a new item, or one picked from the list to
 * edit. A save is checked in the form, then by the ledger; the ledger's refusal marks its fields and
 * shows its message, clearing nothing. A saved item clears the form back to a new one.
 */
export function useItemForm<F extends FieldValues>(options: {
  resolver: Resolver<F>;
  blank: F;
  save: (values: F) => Promise<Result<unknown>>;
  /** After a save: reload the list. */
  saved: () => void;
  /** The ledger's names for fields the form calls otherwise (amountSen → amountText). */
  rename?: Record<string, string>;
}) {
  const { resolver, blank, save, saved, rename } = options;
  const form = useForm<F>({ resolver, defaultValues: blank as DefaultValues<F> });
  const [editing, setEditing] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const clear = () => {
    setEditing(null);
    form.reset(blank);
  };

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await save(values);
    if (!result.ok) {
      const rest = applyServerIssues(
        result.error.issues,
        form.setError,
        (p) => form.getValues(p as Path<F>) !== undefined,
        rename,
      );
      setFailure(shownBesideField(result.error, rest) ? null : result.error.message);
      return;
    }
    saved();
    clear();
  });

  /** Saves an item of the list as it is but for one change (active or not), leaving the form alone. */
  const saveListed = async (values: F) => {
    setFailure(null);
    const result = await save(values);
    if (result.ok) saved();
    else setFailure(result.error.message);
  };

  /** Loads an item of the list into the form, with the cursor in `focus`. */
  const edit = (key: string, values: F, focus: Path<F>) => {
    setEditing(key);
    form.reset(values);
    // The form sits above a long list: bring it into view with the cursor where the change goes.
    setTimeout(() => form.setFocus(focus, { shouldSelect: true }), 0);
  };

  return { form, editing, failure, setFailure, submit, saveListed, edit, cancel: clear };
}
