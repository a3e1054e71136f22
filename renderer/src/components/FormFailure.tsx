import type { FieldIssue } from '@shared/errors';
import { useStrings } from '../i18n/strings';
import { Notice } from './Notice';

/** What the ledger refused that no field shows: its message, and any issues that belong to no field. */
export interface Failure {
  message: string;
  rest: FieldIssue[];
}

/**
 * The notice above a form: the ledger's refusal when there is one, otherwise a reminder that fields
 * below carry errors.
 */
export function FormFailure({ failure, hasErrors }: { failure: Failure | null; hasErrors: boolean }) {
  const { ms } = useStrings();
  if (failure) {
    return (
      <Notice tone="error">
        <p>{failure.message}</p>
        {failure.rest.length > 0 ? (
          <ul>
            {failure.rest.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        ) : null}
      </Notice>
    );
  }
  return hasErrors ? <Notice tone="error">{ms.common.formHasErrors}</Notice> : null;
}
