/** English for the refusals of recovery into ESV3 and the number-change notices. */
export const recoveryMessages = {
  'Nombor kes ESV3 {esv3CaseNumber} membawa kod jenis kes {given}, bukan {caseTypeCode} seperti kes {caseNumber}. Semak nombor dalam ESV3. Jika ESV3 memang memberikan nombor itu, sahkan dengan sebab.':
    'ESV3 case no. {esv3CaseNumber} carries case-type code {given}, not {caseTypeCode} as case {caseNumber} does. Check the number in ESV3. If ESV3 really gave that number, confirm it with a reason.',
  'Kes {caseNumber} belum dalam senarai kerja pemulihan: tempoh gangguannya belum ditutup sebagai "ESV3 pulih".':
    'Case {caseNumber} is not on the recovery worklist yet: its outage period has not been closed as "ESV3 restored".',
  'Kes {caseNumber} sudah ditandakan selesai dengan butiran yang sama.':
    'Case {caseNumber} is already marked done with the same details.',
  'Kes {caseNumber} sudah ditandakan selesai. Untuk membetulkannya, nyatakan sebab pembetulan.':
    'Case {caseNumber} is already marked done. To correct it, give a reason for the correction.',
  'Kes {caseNumber} telah dibatalkan: tiada tindakan dalam ESV3.':
    'Case {caseNumber} is cancelled: nothing to do in ESV3.',
  'Masukkan nombor kes ESV3.': 'Enter the ESV3 case number.',
  'Masukkan rujukan bayaran ESV3 bagi resit {receiptNumber}.':
    'Enter the ESV3 payment reference for receipt {receiptNumber}.',
  'Masukkan rujukan bayaran ESV3.': 'Enter the ESV3 payment reference.',
  'Nombor kes {caseNumber} tidak berubah dalam ESV3: tiada notis pertukaran nombor diperlukan.':
    'Case number {caseNumber} did not change in ESV3: no change-of-number notice is needed.',
  'Nombor kes ESV3 "{esv3CaseNumber}" tidak mengikut format nombor kes mahkamah (contoh: {example}).':
    'ESV3 case number "{esv3CaseNumber}" does not follow the court\'s case number format (example: {example}).',
  'Nombor kes ESV3 {esv3CaseNumber} sudah digunakan untuk kes {caseNumber}. Semak semula nombor yang diberi oleh ESV3.':
    'ESV3 case number {esv3CaseNumber} is already used for case {caseNumber}. Check the number ESV3 gave again.',
  'Nombor kes ESV3 bagi kes {caseNumber} belum dimasukkan.':
    'The ESV3 case number for case {caseNumber} has not been entered.',
  'Nombor kes ESV3 terlalu panjang.': 'The ESV3 case number is too long.',
  'Notis pertukaran nombor kes {caseNumber} ({copies} pihak)':
    'The case number change notice {caseNumber} ({copies} parties)',
  'PDF asal notis bagi kes {newCaseNumber} telah berubah dan tidak dapat dibina semula. Hubungi ICT.':
    'The original PDF of the notice for case {newCaseNumber} has changed and cannot be rebuilt. Call ICT.',
  'Resit {receiptNumber} disenaraikan dua kali.': 'Receipt {receiptNumber} is listed twice.',
  'Resit {receiptNumber} telah dibatalkan: tiada rujukan ESV3 diperlukan.':
    'Receipt {receiptNumber} is cancelled: no ESV3 reference is needed.',
  'Resit ini bukan bagi kes ini.': 'This receipt is not for this case.',
  'Rujukan bayaran ESV3 hanya huruf, nombor, "-", "/" dan ".".':
    'An ESV3 payment reference may hold only letters, digits, "-", "/" and ".".',
  'Rujukan bayaran ESV3 terlalu panjang (maksimum 40 aksara).':
    'The ESV3 payment reference is too long (at most 40 characters).',
  'Tapisan tidak sah.': 'Not a valid filter.',
  'Terlalu banyak resit.': 'Too many receipts.',
} as const;
