import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Development builds get Muat Semula and DevTools; a packaged counter does not. */
  development: boolean;
  onAbout(): void;
}

/** The application menu, in Malay: only what a counter uses, plus the edit roles copy and paste need. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Besarkan' },
    { role: 'zoomOut', label: 'Kecilkan' },
    { role: 'resetZoom', label: 'Saiz Asal' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Skrin Penuh' },
  ];
  if (options.development) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: 'Muat Semula' },
      { role: 'toggleDevTools', label: 'Alat Pembangun' },
    );
  }
  return [
    { label: 'Fail', submenu: [{ role: 'quit', label: 'Keluar' }] },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Buat Asal' },
        { role: 'redo', label: 'Buat Semula' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tampal' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    { label: 'Paparan', submenu: view },
    { label: 'Bantuan', submenu: [{ label: 'Perihal Kaunter Sandaran', click: () => options.onAbout() }] },
  ];
}
