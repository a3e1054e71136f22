import { MAX_IMPORT_BYTES, type ImportFileInput } from '@shared/schemas/esv3Import';
import { strings } from '../i18n/strings';

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A chosen file as the import channels take it; refused above the limit before a byte is read. */
export async function readImportFile(file: File): Promise<ImportFileInput | { error: string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    const ms = strings().msReference;
    return { error: ms.tooLarge(file.name, (file.size / (1024 * 1024)).toFixed(1), MAX_IMPORT_BYTES / (1024 * 1024)) };
  }
  return { fileName: file.name, contentBase64: base64Of(new Uint8Array(await file.arrayBuffer())) };
}

/** Text typed or pasted, sent as a UTF-8 file. */
export function pastedFile(fileName: string, text: string): ImportFileInput {
  return { fileName, contentBase64: base64Of(new TextEncoder().encode(text)) };
}
