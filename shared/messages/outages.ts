/** English for the refusals of outage periods. */
export const outagesMessages = {
  'Isikan bilangan minit.': 'Enter the number of minutes.',
  'Masa mula gangguan tidak boleh pada masa hadapan.': 'The outage start time cannot be in the future.',
  'Minit mesti nombor bulat.': 'Minutes must be a whole number.',
  'Paling lama 240 minit (4 jam).': 'At most 240 minutes (4 hours).',
  'Satu tempoh gangguan sedang dibuka. Tutup tempoh itu dahulu sebelum membuka yang baharu.':
    'An outage period is open. Close it before opening a new one.',
  'Sekurang-kurangnya 1 minit.': 'At least 1 minute.',
  'Tempoh gangguan ini tidak lagi dibuka.': 'This outage period is no longer open.',
  'Hanya Penolong Pendaftar boleh menukar pilihan SOP tempoh gangguan.':
    "Only the Assistant Registrar can change an outage's SOP option.",
  'Tiada tempoh gangguan dibuka: pilihan SOP ditetapkan semasa membuka tempoh gangguan.':
    'No outage is open: the SOP option is set when an outage is opened.',
  'Tempoh gangguan ini sudah di bawah Pilihan {sopOption} SOP.': 'This outage is already under SOP option {sopOption}.',
} as const;
