import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import type { FieldIssue } from '@shared/errors';

/** The message of the error at a dotted path ("parties.0.idNumber"), if any. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const error = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  if (!error) return undefined;
  if (typeof error.message === 'string') return error.message;
  if (typeof error.root?.message === 'string') return error.root.message;
  return undefined;
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
