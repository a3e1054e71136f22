/** English for the refusals of payments, receipts, fees and the day close. */
export const receiptsMessages = {
  '{label} mesti 1 hingga 40 huruf atau angka.': '{label} must be 1 to 40 letters or digits.',
  '{label} mesti dalam sen (nombor bulat).': '{label} must be in sen (a whole number).',
  '{label} mesti nombor.': '{label} must be a number.',
  '{label} terlalu besar: semak semula.': '{label} is too large: check it again.',
  '{label} terlalu panjang.': '{label} is too long.',
  '{label} tidak boleh negatif.': '{label} cannot be negative.',
  'Kaunter tidak boleh ditutup bagi tarikh yang belum tiba.': 'A day that has not come yet cannot be closed.',
  'Isikan kod kelulusan kad.': 'Enter the card approval code.',
  'Isikan nama bank bagi cek.': 'Enter the bank name of the cheque.',
  'Isikan nombor cek.': 'Enter the cheque number.',
  'Isikan nombor kiriman wang / wang pos.': 'Enter the money order / postal order number.',
  'Isikan nombor rujukan EFT/FPX.': 'Enter the EFT/FPX reference number.',
  'Isikan wang tunai yang diterima.': 'Enter the cash received.',
  'Jenis dokumen tidak sah.': 'Not a valid document type.',
  'Jumlah bayaran tidak boleh RM 0.00 melainkan setiap baris dikecualikan dengan sebab.':
    'The payment total cannot be RM 0.00 unless every line is exempted with a reason.',
  'Jumlah resit melebihi had RM 100,000,000.00: semak kuantiti dan amaun.':
    'The receipt total is over the RM 100,000,000.00 limit: check the quantities and amounts.',
  'Jumlah resit RM {total} melebihi had RM 100,000,000.00: semak kuantiti dan amaun.':
    'The receipt total RM {total} is over the RM 100,000,000.00 limit: check the quantities and amounts.',
  'Jumlah RM {total} melebihi RM 1,000,000.00: sahkan amaun ini dahulu.':
    'The total RM {total} is over RM 1,000,000.00: confirm this amount first.',
  'Kaunter {counterId} telah ditutup bagi {date}: tiada resit lagi boleh dikeluarkan bagi tarikh ini.':
    'Counter {counterId} is closed for {date}: no more receipts can be issued for this date.',
  'Kaunter {counterId} telah pun ditutup bagi {date}.': 'Counter {counterId} is already closed for {date}.',
  'Kaunter telah ditutup bagi {courtDate} dan penyata telah ditandatangani: resit {receiptNumber} tidak boleh dibatalkan lagi. Rujuk Pendaftar.':
    'The counter is closed for {courtDate} and the statement is signed: receipt {receiptNumber} can no longer be cancelled. Refer to the Registrar.',
  'Kod fi {feeCode} tiada dalam jadual fi.': 'Fee code {feeCode} is not in the fee schedule.',
  'Kod fi mesti 2 hingga 30 huruf besar, angka atau _ (cth. SAMAN_MRS).':
    'A fee code must be 2 to 30 capital letters, digits or _ (e.g. SAMAN_MRS).',
  'Kod fi mesti diisi.': 'The fee code is required.',
  'Kuantiti mesti nombor bulat.': 'The quantity must be a whole number.',
  'Kuantiti mesti nombor.': 'The quantity must be a number.',
  'Kuantiti sekurang-kurangnya 1.': 'The quantity must be at least 1.',
  'Kuantiti terlalu besar.': 'The quantity is too large.',
  'Nama pencetak terlalu panjang.': 'The printer name is too long.',
  'No. siri Kew. 38 {kew38Serial} telah direkodkan pada resit {n}.':
    'Kew. 38 serial no. {kew38Serial} is already recorded on receipt {n}.',
  'Pilih cara bayaran.': 'Choose the payment method.',
  'Pilih Penolong Pendaftar.': 'Choose the Assistant Registrar.',
  'PIN penyelia mesti diisi.': "The supervisor's PIN is required.",
  'Resit {receiptNumber} belum dibatalkan: batalkan dahulu sebelum menggantikannya.':
    'Receipt {receiptNumber} is not cancelled: cancel it before replacing it.',
  'Resit {receiptNumber} telah pun dibatalkan.': 'Receipt {receiptNumber} is already cancelled.',
  'Resit {receiptNumber} telah pun diganti.': 'Receipt {receiptNumber} has already been replaced.',
  'Resit tidak dijumpai.': 'Receipt not found.',
  'Sasaran fi lalai tidak sah.': 'The default fee target is not valid.',
  'Sekurang-kurangnya satu baris bayaran.': 'At least one payment line.',
  'Siri resit tahun ini telah penuh (999,999). Hubungi ICT.': "This year's receipt series is full (999,999). Call ICT.",
  'Tarikh tidak sah.': 'The date is not valid.',
  'Terlalu banyak baris fi lalai.': 'Too many default fee lines.',
  'Terlalu banyak baris.': 'Too many lines.',
  'Tiada tempoh gangguan dibuka: bayaran diterima melalui ESV3 seperti biasa.':
    'No outage period is open: payments are taken through ESV3 as usual.',
  'Wang diterima RM {tendered} kurang daripada jumlah RM {total}.':
    'Money received RM {tendered} is less than the total RM {total}.',
  // Money limits, rounding, typed amounts and the day reopen.
  'Isikan amaun minimum.': 'Enter the minimum amount.',
  'Isikan amaun maksimum.': 'Enter the maximum amount.',
  'Amaun maksimum mesti sekurang-kurangnya amaun minimum.': 'The maximum amount must be at least the minimum amount.',
  'Had wang tunai sekurang-kurangnya RM 1.00.': 'The cash limit is at least RM 1.00.',
  'Fi {fee} amaunnya ditaip kerani: fi dokumen mesti amaun tetap.':
    "Fee {fee}'s amount is typed by the clerk: a document's fee must be a fixed amount.",
  'Kaunter {counterId} belum ditutup bagi {date}.': 'Counter {counterId} is not closed for {date}.',
  'Tunai dikira tidak sama dengan jumlah resit tunai (RM {expected}): isikan catatan perbezaan tunai.':
    'The cash counted is not the total of the cash receipts (RM {expected}): fill in the cash difference note.',
  'Fi {fee} ialah fi bagi dokumen {filing}: fi dokumen mesti amaun tetap.':
    "Fee {fee} is the fee for the document {filing}: a document's fee must be a fixed amount.",
  'Wang tunai RM {tendered} melebihi had RM {limit} bagi satu bayaran di kaunter ini: semak amaun, atau terima cek atau EFT.':
    'Cash of RM {tendered} is above the limit of RM {limit} for one payment at this counter: check the amount, or take a cheque or EFT.',
  'Baki RM {change} melebihi RM {threshold}: semak wang diterima dan sahkan baki ini dahulu.':
    'Change of RM {change} is above RM {threshold}: check the money received and confirm this change first.',
  '{fee}: satu baris bagi setiap amaun (kuantiti 1).': '{fee}: one line for each amount (quantity 1).',
  'Isikan amaun bagi {fee}.': 'Enter the amount for {fee}.',
  'Amaun {fee} mesti antara RM {min} dan RM {max}.': 'The amount of {fee} must be between RM {min} and RM {max}.',
} as const;
