import { Link } from 'react-router';
import type { OutageView } from '@shared/views';
import { useStrings } from '../i18n/strings';
import { formatDateTime, formatElapsed } from '../lib/time';
import { useNow } from '../lib/useNow';
import { routes } from './routes';
import { useSession } from './context';

/** Always in view: whether an outage is open, under which SOP option, and for how long. */
export function OutageBanner({ outage }: { outage: OutageView | null | undefined }) {
  const { ms, msDomain } = useStrings();
  const now = useNow();
  const { isSupervisor } = useSession();
  if (outage === undefined) return <div className="banner banner--pending" aria-hidden="true" />;
  if (outage === null) {
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
