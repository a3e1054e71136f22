import { useEffect, useRef, useState, type ReactNode } from 'react';
import { routes } from '../app/routes';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { openDialog } from './shortcuts';
import { useStrings } from '../i18n/strings';

/**
 * Back to the screen the clerk came from; the Buku Daftar when the form was the first screen. Through
 * the history itself (the hash router follows it), so forms work outside a router too.
 */
function goBack(): void {
  const state: unknown = window.history.state;
  const idx = typeof state === 'object' && state !== null && 'idx' in state ? Number(state.idx) : 0;
  if (idx > 0) window.history.back();
  else window.location.hash = `#${routes.book}`;
}

/**
 * Esc on a form goes back to where the clerk came from, asking first when typed input would be lost.
 * Returns the question to render (null when none is open). Keys already handled (a list closing, a
 * dialog) are left alone.
 */
export function useEscapeBack(dirty: boolean): ReactNode {
  const { msCounter } = useStrings();
  const [asking, setAsking] = useState(false);
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || openDialog()) return;
      e.preventDefault();
      if (dirtyRef.current) setAsking(true);
      else goBack();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!asking) return null;
  return (
    <ConfirmDialog
      title={msCounter.leave.title}
      body={msCounter.leave.body}
      confirmLabel={msCounter.leave.confirm}
      cancelLabel={msCounter.leave.stay}
      onConfirm={() => {
        setAsking(false);
        goBack();
      }}
      onCancel={() => setAsking(false)}
    />
  );
}
