import type { ReactNode } from 'react';

/** An empty list: what is (not) there, and what the clerk can do about it. */
export function EmptyHint({ title, what, children }: { title: string; what?: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty__title">{title}</p>
      {what ? <p className="empty__what">{what}</p> : null}
      {children}
    </div>
  );
}
