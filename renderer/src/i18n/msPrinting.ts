/** Printing wording (Bahasa Melayu). */
export const msPrinting = {
  print: 'Cetak',
  printReceipt: 'Cetak resit',
  printStatement: 'Cetak penyata',
  printLabel: { receipt: 'Cetak resit', statement: 'Cetak penyata', notice: 'Cetak notis' },
  savePdf: 'Simpan PDF',
  retry: 'Cuba cetak lagi',
  otherPrinter: 'Pilih pencetak lain',
  busy: 'Sedang mencetak…',
  printed: (printer: string, copy: boolean) => `Dicetak pada "${printer}"${copy ? ' sebagai SALINAN' : ''}.`,
  saved: (file: string, copy: boolean) => `PDF${copy ? ' (SALINAN)' : ''} disimpan di ${file}`,
  keptFile: (file: string) => `Fail PDF: ${file}`,
  settingsIntro:
    'Pilih pencetak bagi setiap jenis dokumen sekali sahaja; cetakan seterusnya terus ke pencetak itu. PDF setiap dokumen sentiasa disimpan dalam folder data.',
  receiptPrinter: 'Pencetak resit',
  statementPrinter: 'Pencetak penyata (A4)',
  courtDocumentPrinter: 'Pencetak saman, permohonan dan buku kausa (A4)',
  none: '— Tiada (simpan PDF sahaja) —',
  noPrinters: 'Tiada pencetak dijumpai pada komputer ini. Dokumen masih boleh disimpan sebagai PDF.',
  chosen: 'Pilihan pencetak disimpan.',
  refresh: 'Muat semula senarai',
};
