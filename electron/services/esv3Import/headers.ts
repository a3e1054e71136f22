/** A header as compared: lower case, accents and punctuation gone ("No. K/P" → "no k p"). */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The headers ICT's exports are known to use for each thing the counter reads, Malay and English. */
export const HEADER_NAMES = {
  court: ['kod mahkamah', 'mahkamah', 'court', 'court code'],
  caseType: ['kod kes', 'jenis kes', 'kod jenis kes', 'case type', 'case type code', 'jenis'],
  year: ['tahun', 'year'],
  lastNumber: [
    'nombor terakhir',
    'no terakhir',
    'nombor akhir',
    'nombor siri terakhir',
    'no siri terakhir',
    'last number',
    'last no',
  ],
  caseNumber: ['no kes', 'nombor kes', 'no kes mahkamah', 'case number', 'case no', 'no fail'],
  registeredOn: [
    'tarikh daftar',
    'daftar',
    'tarikh pendaftaran',
    'tarikh didaftarkan',
    'tarikh',
    'registration date',
    'date',
  ],
  parties: ['pihak', 'pihak pihak', 'nama pihak', 'parties', 'party', 'nama'],
  idNumbers: ['no k p', 'no kp', 'no kad pengenalan', 'kad pengenalan', 'no ic', 'ic', 'ic number', 'no pengenalan'],
} as const;

export type HeaderThing = keyof typeof HEADER_NAMES;

/** The column whose header names `thing`, or null. */
export function columnOf(headers: string[], thing: HeaderThing): number | null {
  const names: readonly string[] = HEADER_NAMES[thing];
  const i = headers.findIndex((h) => names.includes(normaliseHeader(h)));
  return i < 0 ? null : i;
}
