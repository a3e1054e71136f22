import { useApi } from '../api/useApi';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDate } from '../lib/time';

/** Before a clerk takes money after the day's close: which day's collection the payment joins. */
export function AfterCloseNotice() {
  const { msMoney } = useStrings();
  const { state } = useApi('dayClose.collectionDay', {});
  const day = state.value;
  if (!day?.todayClosed) return null;
  return (
    <div data-testid="after-close">
      <Notice tone="warning">{msMoney.afterClose(formatDate(day.today), formatDate(day.collectionDate))}</Notice>
    </div>
  );
}
