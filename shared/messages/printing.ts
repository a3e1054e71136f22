/** English for printing refusals and the names of what is printed. */
export const printingMessages = {
  '{form} {reference}': '{form} {reference}',
  'Buku kausa': 'Cause book',
  'Dokumen tidak dijumpai.': 'Document not found.',
  'PDF asal {form} {reference} telah berubah. Hubungi ICT.':
    'The original PDF of {form} {reference} has changed. Call ICT.',
  'PDF asal resit {receiptNumber} telah berubah dan tidak dapat dibina semula. Hubungi ICT.':
    'The original PDF of receipt {receiptNumber} has changed and cannot be rebuilt. Call ICT.',
  'Pencetak "{printer}" gagal mencetak. {what} telah disimpan dan tidak hilang: semak pencetak (kuasa, kertas, kabel) dan cuba lagi, atau simpan PDF.':
    'Printer "{printer}" failed to print. {what} has been saved and is not lost: check the printer (power, paper, cable) and try again, or save the PDF.',
  'Pencetak "{printer}" tidak dijumpai pada komputer ini.': 'Printer "{printer}" was not found on this computer.',
  penyata: 'statements',
  'Penyata {date}': 'The statement of {date}',
  Permohonan: 'Application',
  resit: 'receipts',
  'Resit {receiptNumber}': 'Receipt {receiptNumber}',
  'Resit {receiptNumber} ditulis tangan dalam buku Kew. 38 ({kew38Serial}): resit bertulis tangan itu ialah resit rasmi; aplikasi tidak mencetak resit ini.':
    'Receipt {receiptNumber} was handwritten in the Kew. 38 book ({kew38Serial}): the paper receipt is the document, there is no print.',
  Saman: 'Summons',
  'saman, permohonan dan buku kausa': 'summonses, applications and the cause book',
  'Tarikh sebutan itu bukan bagi kes ini.': 'That mention date is not for this case.',
  'Tiada pencetak dipilih untuk {kind}. {what} telah disimpan; pilih pencetak di Tetapan → Pencetak, kemudian cetak semula.':
    'No printer chosen for {kind}. {what} has been saved; choose a printer in Settings → Printers, then print again.',
} as const;
