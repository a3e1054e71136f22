import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain';

export function StatusBadge({ status, large }: { status: CaseStatus; large?: boolean }) {
  return (
    <span className={`status status--${status.toLowerCase()}${large ? ' status--large' : ''}`}>
      {CASE_STATUS_LABELS[status]}
    </span>
  );
}
