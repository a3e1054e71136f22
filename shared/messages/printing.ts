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
  'Pencetak "{printer}" tiada lagi pada komputer ini (mungkin dibuang atau ditukar nama). {what} telah disimpan dan tidak dicetak: pilih pencetak lain, atau simpan PDF.':
    'Printer "{printer}" is no longer on this computer (it may have been removed or renamed). {what} has been saved and was not printed: choose another printer, or save the PDF.',
  'Pencetak "{printer}" dihentikan sementara dalam sistem cetakan. {what} telah disimpan dan tidak dicetak: minta ICT menyambung semula pencetak itu dan cuba lagi, atau pilih pencetak lain.':
    'Printer "{printer}" is paused in the print system. {what} has been saved and was not printed: ask ICT to resume that printer and try again, or choose another printer.',
  'Pencetak "{printer}" tidak menerima cetakan sekarang. {what} telah disimpan dan tidak dicetak: minta ICT membenarkan semula pencetak itu, atau pilih pencetak lain.':
    'Printer "{printer}" is not accepting print jobs now. {what} has been saved and was not printed: ask ICT to let that printer accept jobs again, or choose another printer.',
  'Cetakan ditahan dalam baris gilir pencetak "{printer}" dan telah dibatalkan supaya tidak keluar kemudian. {what} telah disimpan dan tidak dicetak: cuba lagi, pilih pencetak lain, atau simpan PDF.':
    'The print was held in the queue of printer "{printer}" and has been cancelled so it does not come out later. {what} has been saved and was not printed: try again, choose another printer, or save the PDF.',
  'Cetakan di pencetak "{printer}" telah dibatalkan. {what} telah disimpan dan tidak dicetak: cuba lagi jika masih perlu.':
    'The print on printer "{printer}" was cancelled. {what} has been saved and was not printed: try again if it is still needed.',
  'Cetakan di pencetak "{printer}" hilang dari baris gilir sebelum selesai, jadi tidak dikira sebagai dicetak. {what} telah disimpan: semak kertas yang keluar, kemudian cuba lagi atau simpan PDF.':
    'The print on printer "{printer}" disappeared from the queue before it finished, so it is not counted as printed. {what} has been saved: check the paper that came out, then try again or save the PDF.',
  'Pencetak "{printer}" tidak menyiapkan cetakan dalam masa yang munasabah; cetakan itu telah dibatalkan. {what} telah disimpan dan tidak dicetak: semak pencetak (kuasa, kertas, kabel) dan cuba lagi, atau simpan PDF.':
    'Printer "{printer}" did not finish the print in reasonable time; the print has been cancelled. {what} has been saved and was not printed: check the printer (power, paper, cable) and try again, or save the PDF.',
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
