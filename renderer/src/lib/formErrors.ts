import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import type { AppErrorData, FieldIssue } from '@shared/errors';

/** The message of the error at a dotted path ("parties.0.idNumber"), if any. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const error = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  if (!error) return undefined;
  if (typeof error.message === 'string') return error.message;
  if (typeof error.root?.message === 'string') return error.root.message;
  return undefined;
}

/**
 * Whether a refusal's own words already stand beside a field (a refusal made with AppError.onField
 * carries its message as the field's issue too) and nothing is left for above the form: a notice
 * above would show the same sentence a second time.
 */
export function shownBesideField(error: AppErrorData, rest: FieldIssue[]): boolean {
  return rest.length === 0 && (error.issues ?? []).some((issue) => issue.message === error.message);
}

/**
 * Puts the ledger's field issues beside the fields they name. Returns the issues no field on the form
 * shows, so the page can list them above the form.
 */
export function applyServerIssues<T extends FieldValues>(
  issues: FieldIssue[] | undefined,
  setError: UseFormSetError<T>,
  knownPath: (path: string) => boolean,
  rename: Record<string, string> | ((path: string) => string) = {},
): FieldIssue[] {
  const rest: FieldIssue[] = [];
  for (const issue of issues ?? []) {
    const path = typeof rename === 'function' ? rename(issue.path) : (rename[issue.path] ?? issue.path);
    if (path !== '' && knownPath(path)) {
      setError(path as Path<T>, { type: 'server', message: issue.message });
    } else {
      rest.push(issue);
    }
  }
  return rest;
}
