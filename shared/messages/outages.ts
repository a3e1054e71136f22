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
} as const;
