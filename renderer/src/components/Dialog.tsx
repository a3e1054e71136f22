import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** 'alertdialog' for a question that needs an answer (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  tone?: 'danger' | 'plain';
  /** What is focused on opening; the dialog's title when not given. */
  initialFocus?: React.RefObject<HTMLElement | null>;
  describedBy?: string;
  wide?: boolean;
}

/**
 * A modal dialog: focus moves in and stays in (Tab cycles), Esc closes it, and focus goes back to
 * where it was when it closes. It is rendered at the end of the page (a portal), so a dialog's own form
 * is never inside the screen's form: a form nested in another is submitted by the browser as the outer
 * one, a page navigation. React still passes a portal's events up to the components that opened it, so
 * a submit inside the dialog is stopped here before the screen's form sees it as its own.
 */
export function Dialog({
  title,
  onClose,
  children,
  role = 'dialog',
  tone = 'plain',
  initialFocus,
  describedBy,
  wide,
}: DialogProps) {
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initialFocus?.current ?? headingRef.current)?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !boxRef.current) return;
    const items = [...boxRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || document.activeElement === headingRef.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog__backdrop" onKeyDown={onKeyDown} onSubmit={(e) => e.stopPropagation()}>
      <div
        ref={boxRef}
        className={`dialog${tone === 'plain' ? ' dialog--plain' : ''}${wide ? ' dialog--wide' : ''}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
      >
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
