import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useBlocker, useLocation, useNavigate, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useStrings } from '../i18n/strings';
import { LeaveGuardContext, type LeaveGuardRegistry } from '../keyboard/leaveGuard';
import { routes } from './routes';
import { unawaited } from './unawaited';

/**
 * The one navigation guard around the signed-in screens (a router holds one blocker at a time, and a
 * case's screen has more than one form). A move to another screen while any form there has unsaved
 * input waits for the clerk: "Kembali ke borang" stays with the input as it was, "Ya, tinggalkan" goes.
 */
export function LeaveGuardHost({ children }: { children: ReactNode }) {
  const { msCounter } = useStrings();
  const navigate = useNavigate();
  const location = useLocation();
  const dirtyForms = useRef(new Set<string>());
  const allowed = useRef(false);
  // The allowed move has happened: the next one is asked about again.
  useEffect(() => {
    allowed.current = false;
  }, [location.key]);

  const registry = useMemo<LeaveGuardRegistry>(
    () => ({
      report(formId, dirty) {
        if (dirty && !dirtyForms.current.has(formId)) allowed.current = false;
        if (dirty) dirtyForms.current.add(formId);
        else dirtyForms.current.delete(formId);
      },
      forget(formId) {
        dirtyForms.current.delete(formId);
      },
      allowNextLeave() {
        allowed.current = true;
      },
      back() {
        const state: unknown = window.history.state;
        const idx = typeof state === 'object' && state !== null && 'idx' in state ? Number(state.idx) : 0;
        unawaited(idx > 0 ? navigate(-1) : navigate(routes.book));
      },
    }),
    [navigate],
  );

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyForms.current.size > 0 &&
      !allowed.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [],
  );
  const blocker = useBlocker(shouldBlock);

  return (
    <LeaveGuardContext.Provider value={registry}>
      {children}
      {blocker.state === 'blocked' ? (
        <ConfirmDialog
          title={msCounter.leave.title}
          body={msCounter.leave.body}
          confirmLabel={msCounter.leave.confirm}
          cancelLabel={msCounter.leave.stay}
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        />
      ) : null}
    </LeaveGuardContext.Provider>
  );
}
