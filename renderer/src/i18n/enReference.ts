import type { msReference } from './msReference';

/** The English of msReference.ts, key for key. */
export const enReference: typeof msReference = {
  tab: 'ESV3 reference data',
  intro:
    "Import files from the state's ICT: the last case numbers ESV3 issued, and ESV3's cause book to find existing cases. A preview is shown first; nothing changes until you confirm.",
  chooseFile: 'Choose a file (CSV or XLSX)',
  fileHint: (mb: number) => `At most ${mb} MB. CSV in UTF-8 or Windows-1252 (Excel), or XLSX.`,
  tooLarge: (name: string, mb: string, limit: number) =>
    `File ${name} is too large (${mb} MB). The import limit is ${limit} MB: ask ICT to export by year or case type.`,
  reading: 'Reading the file…',
  file: {
    name: 'File',
    format: 'Format',
    rows: 'Rows read',
    sha256: 'SHA-256',
  },
  problems: {
    title: (n: number) => `${n} rows not read or refused`,
    none: 'Every row could be read.',
    line: 'Line',
    reason: 'Reason',
  },
  apply: 'Confirm & import',
  applying: 'Importing…',
  cancel: 'Cancel',
  numbers: {
    title: 'Import the last ESV3 case numbers',
    intro:
      'One row per case type and year with the last number (columns Case type, Year, Last number; Court code optional), or a list of case numbers: the highest of each series is taken. A number lower than one this counter has already issued is refused.',
    shapeTable: 'Table of last numbers',
    shapeList: 'List of case numbers (highest of each series taken)',
    changesTitle: 'What will change',
    caseType: 'Case type',
    allTypes: 'All',
    year: 'Year',
    before: 'Now',
    after: 'From the file',
    kind: 'Change',
    kinds: { NEW: 'New', RAISE: 'Raised', LOWER: 'Lowered', SAME: 'No change' },
    nothing: 'No numbers to change.',
    done: (n: number) => `${n} last ESV3 numbers updated. Numbering continues after them.`,
  },
  causeBook: {
    title: "Import ESV3's cause book",
    intro:
      "The cause book printed or exported from ESV3 (case number, registration date, case type, parties). Kept as reference data only: these cases are not this counter's records and are never exported back.",
    paste: 'Or paste / type a list (one case per line; columns separated by tab, comma or semicolon)',
    pasteButton: 'Preview the pasted list',
    pastedName: 'pasted-list.txt',
    mappingTitle: 'Map the columns',
    mappingIntro:
      "The file's column headers are not recognised. Choose the column of each item; Case number and Parties are required.",
    fields: {
      caseNumber: 'Case number',
      registeredOn: 'Registration date',
      caseType: 'Case type',
      parties: 'Parties',
      idNumbers: 'IC number',
    },
    noColumn: '— none —',
    column: (n: number, header: string) => `Column ${n}: ${header}`,
    sampleTitle: 'First rows of the file',
    previewMapping: 'Preview with this mapping',
    rowsTitle: 'Sample of the cases to be kept',
    counts: (add: number, update: number, same: number) =>
      `${add} new cases, ${update} updated, ${same} already held and unchanged.`,
    previous: (at: string, by: string) => `The same file was imported at ${at} by ${by}.`,
    kinds: { ADD: 'New', UPDATE: 'Update', SAME: 'Same' },
    done: (added: number, updated: number, total: number) =>
      `${added} cases added and ${updated} updated. ${total} reference cases in all.`,
    historyTitle: 'Earlier cause book imports',
    noHistory: 'No cause book imported yet.',
    importedAt: 'Imported',
    importedBy: 'By',
    added: 'New',
    updated: 'Updated',
    refused: 'Refused',
  },
  lookup: {
    title: "In ESV3's cause book (reference)",
    none: 'No matching case in the imported ESV3 cause book.',
    use: 'Use this case',
    marker: (file: string, date: string) => `ESV3 cause book reference (${file}, ${date})`,
    chosen: "Case details filled in from ESV3's cause book. Check them against the party's documents before saving.",
    registeredOn: (date: string) => `registered ${date}`,
  },
  audit: {
    'lastNumbers.import': "Last ESV3 numbers imported from ICT's file",
    'causeBook.import': "ESV3's cause book imported (reference data)",
  },
};
