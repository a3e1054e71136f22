import { describe, expect, it, vi } from 'vitest';
import { pastedFile, readImportFile } from './readImportFile';

describe('reading a file to import in the renderer', () => {
  it('refuses a 50 MB file in Malay before reading any of it', async () => {
    const file = new File(['x'], 'buku-kausa-penuh.csv');
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    expect(await readImportFile(file)).toEqual({
      error:
        'Fail buku-kausa-penuh.csv terlalu besar (50.0 MB). Had fail import ialah 8 MB: minta ICT mengeksport mengikut tahun atau jenis kes.',
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('sends the bytes as they are (a Windows-1252 byte stays a byte), and pasted text as UTF-8', async () => {
    const bytes = new Uint8Array([0x4e, 0x6f, 0x72, 0x92, 0x61, 0x69, 0x6e]);
    const read = await readImportFile(new File([bytes], 'a.csv'));
    expect(read).toEqual({ fileName: 'a.csv', contentBase64: Buffer.from(bytes).toString('base64') });
    expect(Buffer.from(pastedFile('t.txt', 'Nor’ain').contentBase64, 'base64').toString('utf8')).toBe('Nor’ain');
  });
});
