import { useNavigate } from 'react-router';
import type { OutageCloseKind } from '@shared/domain';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { useOutage, useSession } from '../app/context';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { CurrentOutage } from '../outage/CurrentOutage';
import { OutageHistory } from '../outage/OutageHistory';
import { OpenOutageFormView } from '../outage/OpenOutageForm';
import { unawaited } from '../app/unawaited';

/** Gangguan: the open outage, opening and closing one (supervisors), and the list of past ones. */
export function OutagePage() {
  const { ms } = useStrings();
  const { isSupervisor } = useSession();
  const { outage, refreshOutage } = useOutage();
  const { state: list, reload: reloadList } = useApi('outage.list', {});
  const navigate = useNavigate();
  const changed = () => {
    refreshOutage();
    reloadList();
  };
  const closed = (kind: OutageCloseKind) => {
    changed();
    // ESV3 is back: the counter turns to putting the outage's records into ESV3.
    if (kind === 'ESV3_PULIH') unawaited(navigate(routes.recovery));
  };

  return (
    <div className="page">
      <h1>{ms.outage.title}</h1>
      <section className="section">
        <h2>{outage ? ms.outage.current : ms.outage.openTitle}</h2>
        {outage === undefined ? <Loading text={ms.common.loading} /> : null}
        {outage ? (
          <CurrentOutage outage={outage} canClose={isSupervisor} onClosed={closed} onOptionChanged={changed} />
        ) : null}
        {outage === null && isSupervisor ? <OpenOutageFormView onOpened={changed} /> : null}
        {outage === null && !isSupervisor ? (
          <Notice tone="info">
            <p>{ms.outage.none}</p>
            <p>{ms.outage.clerkNone}</p>
          </Notice>
        ) : null}
      </section>
      <section className="section">
        <h2>{ms.outage.history}</h2>
        {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
        {list.value ? <OutageHistory outages={list.value} /> : <Loading text={ms.common.loading} />}
      </section>
    </div>
  );
}
