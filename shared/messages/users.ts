/** English for the refusals of users, PINs and approvals. */
export const usersMessages = {
  'Akaun ini dikunci selama {minutes} minit lagi kerana PIN salah dimasukkan {failures} kali.':
    'This account is locked for {minutes} more minutes because a wrong PIN was entered {failures} times.',
  'Anda tidak boleh menyahaktifkan akaun anda sendiri.': 'You cannot deactivate your own account.',
  'Kelulusan ditolak: nama Penolong Pendaftar atau PIN salah.':
    "Approval refused: wrong Assistant Registrar's name or PIN.",
  'Masa mula tidak sah.': 'The start time is not valid.',
  'Nama atau PIN salah.': 'Wrong name or PIN.',
  'Nama ini kelihatan sama dengan pengguna sedia ada "{lookalike}". Gunakan nama lain.':
    'This name looks the same as the existing user "{lookalike}". Use another name.',
  'Pengguna bernama "{name}" sudah wujud.': 'A user named "{name}" already exists.',
  'Pengguna tidak dijumpai.': 'User not found.',
  'Akaun {name} tidak aktif: aktifkan dahulu sebelum menetapkan semula PIN.':
    "{name}'s account is not active: activate it before resetting the PIN.",
  'Pilih nama anda.': 'Choose your name.',
  'Pilih peranan.': 'Choose a role.',
  'Pilih pilihan SOP 1, 2 atau 3.': 'Choose SOP option 1, 2 or 3.',
  'Pilih sebab tempoh gangguan ditutup.': 'Choose why the outage period is closed.',
  'PIN mesti diisi.': 'PIN is required.',
  'PIN salah {failures} kali: akaun ini dikunci selama {minutes} minit.':
    'Wrong PIN {failures} times: this account is locked for {minutes} minutes.',
  'PIN salah.': 'Wrong PIN.',
  'Sekurang-kurangnya seorang Penolong Pendaftar mesti kekal aktif.':
    'At least one Assistant Registrar must stay active.',
  'Taip PIN anda untuk mengesahkan perubahan ini.': 'Type your PIN to confirm this change.',
} as const;
