import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { Result } from '@shared/errors';
import { shownBesideField, applyServerIssues } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';

interface Options<TForm extends FieldValues, TOut> {
  schema: z.ZodType;
  toInput: (values: TForm) => unknown;
  defaultValues: DefaultValues<TForm>;
  /** null: the person cancelled (a PIN not typed); nothing was sent. */
  save: (values: TForm) => Promise<Result<TOut> | null>;
  onSaved: (value: TOut) => void;
  /** Where a field the ledger names ("stateCode", "rows.0.year") sits in this form. */
  issuePath: (path: string) => string;
  /** Where a field the schema names sits in this form, when the form holds it under another name. */
  rename?: Record<string, string>;
}

/** A settings form: validated by the shared schema, saved by one channel, server issues beside fields. */
export function useSettingsForm<TForm extends FieldValues, TOut>(options: Options<TForm, TOut>) {
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [resolver] = useState(() =>
    schemaResolver<TForm>(options.schema, { toInput: options.toInput, rename: options.rename }),
  );
  const methods = useForm<TForm>({ resolver, defaultValues: options.defaultValues });
  const { setError, getValues } = methods;

  const onSubmit = methods.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    const result = await options.save(values);
    if (result === null) return;
    if (result.ok) {
      setSaved(true);
      options.onSaved(result.value);
      return;
    }
    const rest = applyServerIssues(
      result.error.issues,
      setError,
      (p) => getValues(p as never) !== undefined,
      options.issuePath,
    );
    setFailure(shownBesideField(result.error, rest) ? null : result.error.message);
  });

  return { methods, onSubmit, failure, saved, busy: methods.formState.isSubmitting };
}
