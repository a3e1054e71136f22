/** A promise the test settles by hand: to keep work (a printer, a replacement) waiting while other requests arrive. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}
