/** English for the refusals of appointments (janji temu) and their slips. */
export const appointmentsMessages = {
  '{dayName}, {date}': '{dayName}, {date}',
  '{day} ialah cuti umum ({holiday}): pilih hari bekerja.':
    '{day} is a public holiday ({holiday}): choose a working day.',
  '{day} ialah hujung minggu: pilih hari bekerja.': '{day} is a weekend: choose a working day.',
  'Janji temu {reference} tidak lagi aktif (status: {status}).':
    'Appointment {reference} is no longer active (status: {status}).',
  // The appointment statuses as a refusal names them (APPOINTMENT_STATUS_LABELS).
  Dijadualkan: 'Booked',
  'Telah didaftarkan': 'Registered',
  Dibatalkan: 'Cancelled',
  'Tidak hadir': 'No-show',
  'Janji temu diambil hanya semasa tempoh gangguan SOP Pilihan 3 (pendaftaran kes baharu ditutup).':
    'Appointments are taken only during an SOP Option 3 outage (new case registration closed).',
  'Janji temu memerlukan dokumen pengenalan.': 'An appointment needs an identity document.',
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
  'sesi pagi': 'the morning session',
  'sesi petang': 'the afternoon session',
  'waktu kaunter': 'the counter day',
  'Pilih sesi.': 'Choose a session.',
  'Had janji temu sesi mesti nombor.': "A session's appointment limit must be a number.",
  'Had janji temu sesi mesti nombor bulat.': "A session's appointment limit must be a whole number.",
  'Had janji temu sesi tidak boleh kurang daripada 0.': "A session's appointment limit cannot be below 0.",
  'Had janji temu sesi paling banyak 500.': "A session's appointment limit is at most 500.",
  'Masa tamat sesi mesti selepas masa mulanya.': 'A session must end after it starts.',
  'Sesi petang mesti bermula selepas sesi pagi tamat.': 'The afternoon session must start after the morning one ends.',
  'Sekurang-kurangnya satu sesi mesti menerima janji temu.': 'At least one session must take appointments.',
  'Tiada janji temu diterima untuk {session}: pilih sesi lain.':
    'No appointments are taken for {session}: choose another session.',
  'Janji temu untuk {session} {day} tidak lagi diterima kerana sesi itu telah tamat: pilih sesi atau hari lain.':
    'Appointments for {session} of {day} are no longer taken as the session is over: choose another session or day.',
  'Janji temu untuk {session} {day} telah penuh ({capacity} orang) dan tiada sesi lain yang masih ada tempat.':
    'Appointments for {session} of {day} are full ({capacity} people) and no other session has room.',
  'Janji temu untuk {session} {day} telah penuh ({capacity} orang). Sesi seterusnya yang masih ada tempat: {next}.':
    'Appointments for {session} of {day} are full ({capacity} people). The next session with room: {next}.',
  '{session} {day} ({left} tempat)': '{session} of {day} ({left} places)',
  'Janji temu {reference} belum boleh ditanda tidak hadir: {session} {day} tamat pada {end}.':
    'Appointment {reference} cannot be marked as not attended yet: {session} of {day} ends at {end}.',
  'Janji temu {reference} tidak ditanda tidak hadir: tiada apa untuk dibetulkan.':
    'Appointment {reference} is not marked as not attended: there is nothing to correct.',
  'Senarai janji temu {date}': 'Appointment list {date}',
} as const;
