import { Link } from 'react-router';
import type { OutageView } from '@shared/views';
import { useApi } from '../api/useApi';
import { useStrings } from '../i18n/strings';
import { formatDateTime, formatElapsed } from '../lib/time';
import { useNow } from '../lib/useNow';
import { routes } from './routes';
import { useSession } from './context';

/** Always in view: whether an outage is open, under which SOP option, and for how long. */
export function OutageBanner({ outage }: { outage: OutageView | null | undefined }) {
  const { ms, msDomain } = useStrings();
  const now = useNow();
  if (outage === undefined) return <div className="banner banner--pending" aria-hidden="true" />;
  if (outage === null) return <NoOutageBanner />;
  return (
    <div className={`banner banner--open banner--sop${outage.sopOption}`} role="status" data-testid="outage-banner">
      {ms.banner.open(
        msDomain.sopOption[outage.sopOption],
        formatDateTime(outage.startedAt),
        formatElapsed(outage.startedAt, now),
      )}
    </div>
  );
}

/**
 * No outage open: either ESV3 is back and its cases are being keyed in (say so, and where), or
 * nothing is going on and recording needs an outage opened first.
 */
function NoOutageBanner() {
  const { ms } = useStrings();
  const { isSupervisor } = useSession();
  const { state } = useApi('recovery.worklist', { filter: 'BELUM' });
  const worklist = state.status === 'ok' ? state.value : null;
  if (worklist?.active && !worklist.allRecovered) {
    return (
      <div className="banner banner--none" role="status" data-testid="outage-banner">
        <span>{ms.banner.recovering(worklist.done, worklist.total)}</span>{' '}
        <Link to={routes.recovery} className="banner__link">
          {ms.banner.recoveryLink}
        </Link>
      </div>
    );
  }
  return (
    <div className="banner banner--none" role="status" data-testid="outage-banner">
      <span>{ms.banner.none}</span>{' '}
      {isSupervisor ? (
        <Link to={routes.outage} className="banner__link">
          {ms.banner.openLink}
        </Link>
      ) : (
        <span>{ms.banner.noneClerk}</span>
      )}
    </div>
  );
}
