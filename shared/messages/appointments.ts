/** English for the refusals of appointments (janji temu) and their slips. */
export const appointmentsMessages = {
  '{dayName}, {date}': '{dayName}, {date}',
  '{day} ialah cuti umum ({holiday}): pilih hari bekerja.':
    '{day} is a public holiday ({holiday}): choose a working day.',
  '{day} ialah hujung minggu: pilih hari bekerja.': '{day} is a weekend: choose a working day.',
  'Had janji temu sehari mesti nombor bulat.': 'The daily appointment limit must be a whole number.',
  'Had janji temu sehari mesti nombor.': 'The daily appointment limit must be a number.',
  'Had janji temu sehari paling banyak 500.': 'The daily appointment limit is at most 500.',
  'Had janji temu sehari sekurang-kurangnya 1.': 'The daily appointment limit must be at least 1.',
  'Janji temu {reference} tidak lagi ditempah (status: {status}).':
    'Appointment {reference} is no longer booked (status: {status}).',
  'Janji temu diambil hanya semasa tempoh gangguan Pilihan 3 SOP (pendaftaran kes baharu ditutup).':
    'Appointments are taken only during an SOP Option 3 outage (new case registration closed).',
  'Janji temu memerlukan dokumen pengenalan.': 'An appointment needs an identity document.',
  'Janji temu pada {day} telah penuh ({capacity} sehari): pilih tarikh lain.':
    'Appointments on {day} are full ({capacity} a day): choose another date.',
  'Janji temu tidak dijumpai.': 'Appointment not found.',
  'Janji temu tidak sah.': 'Not a valid appointment.',
  'No. telefon mesti diisi untuk janji temu.': 'A phone number is required for an appointment.',
  'PDF slip janji temu {reference} telah berubah. Hubungi ICT.':
    'The PDF of appointment slip {reference} has changed. Call ICT.',
  'Pilih status.': 'Choose a status.',
  'Siri janji temu tahun ini telah penuh (9,999).': "This year's appointment series is full (9,999).",
  'Slip janji temu {reference}': 'Appointment slip {reference}',
  'Tarikh janji temu {day} telah berlalu.': 'The appointment date {day} has passed.',
  'Tarikh janji temu mesti dalam {days} hari dari hari ini.':
    'The appointment date must be within {days} days from today.',
  'Tarikh janji temu tidak sah.': 'The appointment date is not valid.',
} as const;
