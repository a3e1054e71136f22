import type { ImportFileFacts } from '../../../shared/esv3ImportViews';

export type TextEncodingName = NonNullable<ImportFileFacts['encoding']>;

/** An XLSX file is a ZIP archive: it starts with "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The text of a CSV or pasted list: UTF-8 with or without its BOM when the bytes are valid UTF-8,
 * otherwise Windows-1252 (what Excel on a Malay Windows PC saves as "CSV").
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}
