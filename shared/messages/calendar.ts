/** English for the refusals of the court calendar: holidays, hearings, the Hijri corrections. */
export const calendarMessages = {
  // The days of the week, as refusals name a date's day (shared/calendar/dayWords.ts).
  Ahad: 'Sunday',
  Isnin: 'Monday',
  Selasa: 'Tuesday',
  Rabu: 'Wednesday',
  Khamis: 'Thursday',
  Jumaat: 'Friday',
  Sabtu: 'Saturday',
  'Terlalu banyak cuti umum.': 'Too many public holidays.',
  'Tarikh ini diisi dua kali.': 'This date is entered twice.',
  'Pilih tahun.': 'Choose a year.',
  'Pilih sekurang-kurangnya satu cuti.': 'Choose at least one holiday.',
  'Tiada senarai cuti umum dibekalkan bagi tahun {year}.': 'No public holiday list is shipped for {year}.',
  'Tarikh {date} bukan cuti umum dibekalkan yang belum ada dalam kalendar {state} {year}.':
    '{date} is not a shipped holiday missing from the {state} calendar of {year}.',
  '{date} ialah cuti umum ({holiday}): pilih hari bekerja.':
    '{date} is a public holiday ({holiday}): choose a working day.',
  '{dayName} {date} ialah hujung minggu di negeri ini: pilih hari bekerja.':
    '{dayName} {date} is a weekend in this state: choose a working day.',
  '{problem} (Atau minta kelulusan Penolong Pendaftar dengan sebab.)':
    "{problem} (Or ask for the Assistant Registrar's approval with a reason.)",
  '{room} pada {date} sudah penuh ({booked} daripada {capacity} kes): pilih tarikh atau dewan lain.':
    '{room} on {date} is full ({booked} of {capacity} cases): choose another date or courtroom.',
  'Bilangan salinan mesti nombor bulat.': 'The number of copies must be a whole number.',
  'Bilangan salinan mesti nombor.': 'The number of copies must be a number.',
  'Bulan {month} {year}H menjadi {length} hari.': 'Month {month} {year}H becomes {length} days long.',
  'Dewan "{room}" tiada dalam senarai dewan mahkamah.': 'Courtroom "{room}" is not in the list of courtrooms.',
  'Had kes sehari mesti nombor bulat.': 'The daily case limit must be a whole number.',
  'Had kes sehari mesti nombor.': 'The daily case limit must be a number.',
  'Had kes sehari sekurang-kurangnya 1.': 'The daily case limit must be at least 1.',
  'Had kes sehari terlalu besar.': 'The daily case limit is too large.',
  'Isikan nama bulan.': 'Enter the month name.',
  'Masa mesti dalam bentuk JJ:MM, cth. 09:00.': 'The time must be HH:MM, e.g. 09:00.',
  'Masa mesti diisi.': 'The time is required.',
  'Mesti 12 nama bulan.': 'There must be 12 month names.',
  'Nama bulan hanya huruf, ruang, tanda petik dan sengkang.':
    'A month name may hold only letters, spaces, apostrophes and hyphens.',
  'Nama bulan paling panjang 30 aksara.': 'A month name is at most 30 characters.',
  'Nama bulan sekurang-kurangnya 3 huruf.': 'A month name must be at least 3 letters.',
  'Nama dewan mahkamah berulang.': 'A courtroom name is repeated.',
  'Paling banyak 10 salinan.': 'At most 10 copies.',
  'Jadual ini menjadikan bulan {month} {year}H {length} hari (1 {month} = {startsOn}); sebulan Hijrah mesti mempunyai 29 atau 30 hari.':
    'This table makes month {month} {year}H {length} days long (1 {month} = {startsOn}); a Hijri month must have 29 or 30 days.',
  'Permulaan bulan {month} {year}H disenaraikan dua kali.': 'The start of month {month} {year}H is listed twice.',
  'Pilih bulan Hijrah.': 'Choose a Hijri month.',
  'Pilih dewan daripada senarai.': 'Choose a courtroom from the list.',
  'Pilih hari, minggu atau bulan.': 'Choose day, week or month.',
  'Pilih sebutan atau perbicaraan.': 'Choose mention or hearing.',
  'Sekurang-kurangnya 1 salinan.': 'At least 1 copy.',
  'Sekurang-kurangnya satu dewan mahkamah.': 'At least one courtroom.',
  'Sudah cuti umum: {name}.': 'Already a public holiday: {name}.',
  'Terlalu banyak baris dalam jadual.': 'Too many rows in the table.',
  'Tahun Hijrah mesti nombor.': 'The Hijri year must be a number.',
  'Tahun Hijrah tidak sah.': 'The Hijri year is not valid.',
  'Tarikh {date} sudah berlalu: pilih tarikh hari ini atau selepasnya.':
    'The date {date} has passed: choose today or a later date.',
  'Tarikh {date} sudah cuti umum ({name}).': '{date} is already a public holiday ({name}).',
  'Tarikh sebutan tidak dijumpai.': 'Mention date not found.',
  'Terlalu banyak dewan mahkamah.': 'Too many courtrooms.',
  'Tiada cuti umum pada {date}.': 'There is no public holiday on {date}.',
  'Tiada pembetulan bagi {month} {year}H.': 'No correction for {month} {year}H.',
} as const;
