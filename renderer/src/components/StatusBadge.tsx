import { type CaseStatus } from '@shared/domain';
import { useStrings } from '../i18n/strings';

export function StatusBadge({ status, large }: { status: CaseStatus; large?: boolean }) {
  const { msDomain } = useStrings();
  return (
    <span className={`status status--${status.toLowerCase()}${large ? ' status--large' : ''}`}>
      {msDomain.caseStatus[status]}
    </span>
  );
}
