import { useCallback, useContext, useEffect, useId } from 'react';
import { routes } from '../app/routes';
import { LeaveGuardContext } from './leaveGuard';
import { openDialog } from './shortcuts';

/** Back through the history itself, for a form shown outside the app's router. */
function backByHistory(): void {
  const state: unknown = window.history.state;
  const idx = typeof state === 'object' && state !== null && 'idx' in state ? Number(state.idx) : 0;
  if (idx > 0) window.history.back();
  else window.location.hash = `#${routes.book}`;
}

/**
 * A form with typed input that is not saved: leaving it any way (F2/F3 and the other menu keys, a click
 * in the menu or on a link, the browser's Back, Esc where `escBack`) asks first, with the one question
 * LeaveGuardHost shows. `escBack`: Esc goes back to where the clerk came from. Keys already handled (a
 * list closing, a dialog) are left alone. Returns `allowLeave`, to call just before the form's own save
 * moves on to the next screen.
 */
export function useLeaveGuard(dirty: boolean, { escBack = false }: { escBack?: boolean } = {}): () => void {
  const guard = useContext(LeaveGuardContext);
  const formId = useId();
  useEffect(() => {
    guard?.report(formId, dirty);
  }, [guard, formId, dirty]);
  useEffect(() => () => guard?.forget(formId), [guard, formId]);

  useEffect(() => {
    if (!escBack) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || openDialog()) return;
      e.preventDefault();
      if (guard) guard.back();
      else backByHistory();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [escBack, guard]);

  return useCallback(() => guard?.allowNextLeave(), [guard]);
}
