import type { CauseBookPreview, ImportProblem, NumbersImportPreview } from '@shared/esv3ImportViews';

const KIND_MS = { NEW: 'baharu', RAISE: 'dinaikkan', LOWER: 'diturunkan', SAME: 'sama' } as const;
const ROW_KIND_MS = { ADD: 'tambah', UPDATE: 'kemas kini', SAME: 'sama' } as const;

function fileLines(file: NumbersImportPreview['file']): string[] {
  return [
    `Fail / file: ${file.fileName} (${file.format}${file.encoding ? `, ${file.encoding}` : ''}, ${file.bytes} bait / bytes)`,
    `SHA-256: ${file.sha256}`,
    `Baris dibaca / rows read: ${file.rowsRead}`,
  ];
}

function problemLines(problems: ImportProblem[]): string[] {
  if (problems.length === 0) return ['Tiada baris ditolak / no rows refused.'];
  return [
    `Baris tidak dibaca atau ditolak / rows not read or refused: ${problems.length}`,
    ...problems.map((p) => `  baris ${p.line}: ${p.reason.message}`),
  ];
}

/** The import report of last numbers, as the screen shows it. */
export function numbersReport(preview: NumbersImportPreview): string[] {
  const shape =
    preview.shape === 'TABLE'
      ? 'jadual nombor terakhir / table of last numbers'
      : 'senarai No. kes (yang tertinggi setiap siri) / list of case numbers (highest per series)';
  return [
    ...fileLines(preview.file),
    `Bentuk / shape: ${shape}`,
    'Perubahan / changes:',
    ...preview.changes.map(
      (c) =>
        `  ${c.caseTypeCode === '*' ? 'semua kod' : `kod ${c.caseTypeCode}`} ${c.year}: ${c.before ?? '-'} → ${c.after} (${KIND_MS[c.kind]})`,
    ),
    ...problemLines(preview.problems),
  ];
}

/** The import report of a cause book, as the screen shows it. */
export function causeBookReport(preview: CauseBookPreview): string[] {
  const mapped = Object.entries(preview.mapping)
    .map(([field, col]) => `${field}=${col === null ? '-' : `${col + 1} (${preview.headers[col] ?? '?'})`}`)
    .join(', ');
  const lines = [...fileLines(preview.file), `Lajur / columns: ${mapped}`];
  if (preview.previous) {
    lines.push(
      `Fail ini telah diimport pada / already imported at ${preview.previous.importedAt} oleh / by ${preview.previous.importedBy}.`,
    );
  }
  if (preview.missing.length > 0) {
    lines.push(
      `Lajur tidak dikenali / columns not recognised: ${preview.missing.join(', ')}. Lajur fail / file columns: ${preview.headers.map((h, i) => `${i + 1}=${h}`).join(', ')}`,
      'Beri --map caseNumber=N,parties=N[,registeredOn=N,caseType=N,idNumbers=N] / give --map with column numbers.',
    );
    return lines;
  }
  const { add, update, same } = preview.counts;
  lines.push(`Tambah / add: ${add}, kemas kini / update: ${update}, sama / unchanged: ${same}`);
  lines.push(
    ...preview.rows.map(
      (r) => `  ${r.caseNumber} ${r.registeredOn ?? '-'} ${r.caseType ?? '-'} ${r.parties} (${ROW_KIND_MS[r.kind]})`,
    ),
  );
  return [...lines, ...problemLines(preview.problems)];
}
