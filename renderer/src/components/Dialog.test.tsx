// @vitest-environment jsdom
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

afterEach(cleanup);

/** A screen's form that opens a dialog with a form of its own, as the hearing form opens the approval. */
function FormWithDialog({ onPage, onDialog }: { onPage: () => void; onDialog: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <form
      aria-label="Tetapkan tarikh"
      onSubmit={(e) => {
        e.preventDefault();
        onPage();
      }}
    >
      <button type="button" onClick={() => setOpen(true)}>
        Minta kelulusan
      </button>
      {open ? (
        <Dialog title="Kelulusan tarikh" onClose={() => setOpen(false)}>
          <form
            aria-label="Kelulusan"
            onSubmit={(e) => {
              e.preventDefault();
              onDialog();
            }}
          >
            <button type="submit">Luluskan tarikh</button>
          </form>
        </Dialog>
      ) : null}
    </form>
  );
}

describe('Dialog', () => {
  it('is never inside the form of the screen that opened it, and its submit stays its own', () => {
    const onPage = vi.fn();
    const onDialog = vi.fn();
    render(<FormWithDialog onPage={onPage} onDialog={onDialog} />);
    fireEvent.click(screen.getByRole('button', { name: 'Minta kelulusan' }));
    const pageForm = screen.getByRole('form', { name: 'Tetapkan tarikh' });
    const dialog = screen.getByRole('dialog', { name: 'Kelulusan tarikh' });
    expect(pageForm.contains(dialog)).toBe(false);
    expect(dialog.closest('form')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Luluskan tarikh' }));
    expect(onDialog).toHaveBeenCalledTimes(1);
    expect(onPage).not.toHaveBeenCalled();
  });

  it('closes on Esc and gives focus back to what opened it', () => {
    render(<FormWithDialog onPage={vi.fn()} onDialog={vi.fn()} />);
    const opener = screen.getByRole('button', { name: 'Minta kelulusan' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
