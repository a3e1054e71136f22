/** English for the refusals of cases, case types, given numbers, documents received and MyKad checks. */
export const casesMessages = {
  '{warnings} Semak semula, atau nyatakan sebab untuk meneruskan.':
    '{warnings} Check it again, or give a reason to go on.',
  'Bilangan mesti nombor.': 'The count must be a number.',
  'Bilangan paling banyak 99.': 'The count is at most 99.',
  'Bilangan sekurang-kurangnya 1.': 'The count must be at least 1.',
  'Blok nombor kaunter ini telah habis ({first} hingga {last}). Penolong Pendaftar perlu menetapkan blok baharu sebelum kes lain didaftarkan.':
    "This counter's number block is used up ({first} to {last}). The Assistant Registrar must set a new block before another case is registered.",
  'Carian terlalu panjang.': 'The search is too long.',
  'Nombor terakhir ESV3 bagi kes {caseTypeCode} tahun {year} belum ditetapkan, jadi nombor pertama kaunter ini tidak dapat dipastikan. Minta Penolong Pendaftar mengisinya di Tetapan → Nombor kes terakhir ESV3 (isi 0 jika ESV3 belum mengeluarkan sebarang nombor bagi jenis ini tahun ini).':
    "ESV3's last number for case type {caseTypeCode} in {year} is not set, so this counter's first number cannot be known. Ask the Assistant Registrar to fill it in under Tetapan → Nombor kes terakhir ESV3 (0 if ESV3 has issued no number of this type this year).",
  'Fi bagi {name} ({feeCode}) tiada dalam jadual fi: Penolong Pendaftar perlu membetulkannya.':
    'The fee for {name} ({feeCode}) is not in the fee schedule: the Assistant Registrar must correct it.',
  'Isikan No. resit ESV2 bagi kes ini.': 'Enter the ESV2 receipt no. for this case.',
  'Jenis dokumen {typeCode} tiada dalam senarai mahkamah ini.': "Document type {typeCode} is not in this court's list.",
  'Kes {caseNumber} telah dibatalkan: dokumen tidak boleh diterima.':
    'Case {caseNumber} is cancelled: documents cannot be received.',
  'Kes tidak dijumpai.': 'Case not found.',
  'Kes tidak sah.': 'Not a valid case.',
  'Kod fi {feeCode} tiada dalam jadual fi mahkamah ini.': "Fee code {feeCode} is not in this court's fee schedule.",
  'Kod jenis dokumen mesti 2 hingga 30 huruf besar, angka atau _.':
    'A document type code must be 2 to 30 capital letters, digits or _.',
  'Kod kes {code} tiada dalam senarai jenis kes mahkamah ini.':
    "Case code {code} is not in this court's list of case types.",
  'Kod kes {code} tiada dalam senarai.': 'Case code {code} is not in the list.',
  'Kod kes mesti 3 digit.': 'A case code must be 3 digits.',
  'Kod tempat lahir {placeCode} pada No. K/P ini tidak wujud dalam senarai JPN.':
    'The place-of-birth code {placeCode} in this IC no. is not in the JPN list.',
  'Nilai tuntutan melebihi RM 100,000,000.00: semak semula.':
    'The claim value is over RM 100,000,000.00: check it again.',
  'Nilai tuntutan mesti dalam sen.': 'The claim value must be in sen.',
  'Nilai tuntutan tidak boleh negatif.': 'The claim value cannot be negative.',
  'Nilai tuntutan tidak sah.': 'The claim value is not valid.',
  'No. K/P (MyKad) mesti 12 digit, cth. 850101-10-5123.': 'An IC no. (MyKad) must be 12 digits, e.g. 850101-10-5123.',
  'No. K/P lama mesti 6 hingga 8 digit, boleh didahului satu huruf (cth. A1234567).':
    'An old IC no. must be 6 to 8 digits, optionally after one letter (e.g. A1234567).',
  'No. resit ESV2 {esv2ReceiptNumber} telah direkodkan bagi kes {caseNumber}. Semak resit ESV2 kes ini, atau buka kes {caseNumber} jika kes yang sama.':
    "ESV2 receipt no. {esv2ReceiptNumber} is already recorded for case {caseNumber}. Check this case's ESV2 receipt, or open case {caseNumber} if it is the same case.",
  'No. kes {caseNumber} berada dalam blok nombor kaunter ini sendiri ({first} hingga {last}): kaunter ini akan memberikan nombor itu kepada kes yang didaftarkan di sini. Semak nombor pada dokumen. Jika ESV2/ESV3 memang memberikan nombor itu, Penolong Pendaftar perlu menaikkan Nombor kes terakhir ESV3 bagi siri {series} kepada sekurang-kurangnya {runningNumber} dalam Tetapan, kemudian rekodkan kes ini semula.':
    "Case no. {caseNumber} lies inside this counter's own number block ({first} to {last}): this counter will give that number to a case registered here. Check the number on the document. If ESV2/ESV3 really gave that number, the Assistant Registrar must raise the last ESV3 case number of series {series} to at least {runningNumber} in Settings, then record this case again.",
  'No. kes {caseNumber} berada dalam siri nombor kaunter ini sendiri ({first} ke atas): kaunter ini akan memberikan nombor itu kepada kes yang didaftarkan di sini. Semak nombor pada dokumen. Jika ESV2/ESV3 memang memberikan nombor itu, Penolong Pendaftar perlu menaikkan Nombor kes terakhir ESV3 bagi siri {series} kepada sekurang-kurangnya {runningNumber} dalam Tetapan, kemudian rekodkan kes ini semula.':
    "Case no. {caseNumber} lies inside this counter's own number series ({first} upwards): this counter will give that number to a case registered here. Check the number on the document. If ESV2/ESV3 really gave that number, the Assistant Registrar must raise the last ESV3 case number of series {series} to at least {runningNumber} in Settings, then record this case again.",
  'No. kes {caseNumber} bermula dengan kod negeri {given}, bukan {stateCode}.':
    'Case no. {caseNumber} starts with state code {given}, not {stateCode}.',
  'No. kes {caseNumber} membawa kod kes {given}, bukan {caseTypeCode} yang dipilih.':
    'Case no. {caseNumber} carries case code {given}, not the {caseTypeCode} chosen.',
  'No. kes {caseNumber} membawa kod mahkamah {given}, bukan {courtCode}.':
    'Case no. {caseNumber} carries court code {given}, not {courtCode}.',
  'Kes serupa di Kaunter {counter}: {caseNumber}, {name}. Semak dengan pihak sama ada kes itu kes yang sama. Jika kes lain, nyatakan sebab mendaftarkannya (sekurang-kurangnya {min} aksara).':
    'A like case at counter {counter}: {caseNumber}, {name}. Check with the party whether it is the same case. If it is another case, give the reason for registering it (at least {min} characters).',
  'No. kes {caseNumber} telah direkodkan di kaunter ini. Cari kes itu dan gunakannya.':
    'Case no. {caseNumber} is already recorded at this counter. Find that case and use it.',
  'No. kes {caseNumber} tidak mengikut format nombor kes mahkamah ini ({template}).':
    "Case no. {caseNumber} does not follow this court's case number format ({template}).",
  'No. kes mesti diisi.': 'The case no. is required.',
  'No. kes terlalu panjang.': 'The case no. is too long.',
  'No. pasport mesti 5 hingga 20 huruf atau angka.': 'A passport no. must be 5 to 20 letters or digits.',
  'Pilih kewarganegaraan pemegang pasport daripada senarai.': "Choose the passport holder's nationality from the list.",
  'No. polis/tentera mesti 3 hingga 20 huruf atau angka.': 'A police/army no. must be 3 to 20 letters or digits.',
  'Nombor dokumen mesti 3 hingga 40 aksara.': 'The document number must be 3 to 40 characters.',
  'Nombor dokumen pengenalan terlalu panjang.': 'The identity document number is too long.',
  'Nombor siri {runningNumber} melebihi {runWidth} digit templat. Penolong Pendaftar perlu meluaskan {run:N} dalam templat.':
    "Serial number {runningNumber} is longer than the template's {runWidth} digits. The Assistant Registrar must widen {run:N} in the template.",
  'Nombor siri dalam No. kes {caseNumber} melebihi {runWidth} digit format mahkamah ini.':
    "The running number in case no. {caseNumber} has more than the {runWidth} digits of this court's format.",
  'Nombor siri dalam No. kes {caseNumber} mesti sekurang-kurangnya 1.':
    'The running number in case no. {caseNumber} must be at least 1.',
  'Nombor siri telah berubah sejak dirancang. Cuba lagi.':
    'The running number changed since it was planned. Try again.',
  'Pilih jenis dokumen pengenalan.': 'Choose the type of identity document.',
  'Pilih jenis dokumen.': 'Choose the document type.',
  'Pilih kes.': 'Choose a case.',
  'Pilih Saman atau Permohonan.': 'Choose Summons or Application.',
  'Pilih sumber nombor kes.': 'Choose where the case number came from.',
  'Sebab meneruskan dengan No. K/P ini terlalu ringkas: nyatakan sekurang-kurangnya {min} aksara, cth. "Disemak dengan MyKad asal".':
    'The reason for going on with this IC no. is too short: give at least {min} characters, e.g. "Checked against the original MyKad".',
  'Sekurang-kurangnya satu dokumen diterima.': 'At least one document received.',
  'Sekurang-kurangnya seorang Plaintif/Pemohon mesti diisi.': 'At least one Plaintiff/Applicant is required.',
  'Tahun dalam No. kes {caseNumber} tidak munasabah.': 'The year in case no. {caseNumber} is not plausible.',
  'Tahun pada jam komputer ini ({year}) bukan tahun nombor terakhir yang dikeluarkan ({lastYear}). Nombor tidak dikeluarkan sehingga Penolong Pendaftar mengesahkan tarikh ini dengan PIN, atau tarikh dan masa komputer dibetulkan.':
    "The year on this computer's clock ({year}) is not the year of the last number issued ({lastYear}). No number is issued until the Assistant Registrar confirms this date with their PIN, or the computer's date and time are corrected.",
  'Tarikh akhir tidak sah.': 'The end date is not valid.',
  'Tarikh lahir {day}/{month}/{year} pada No. K/P ini tidak sah.':
    'The birth date {day}/{month}/{year} in this IC no. is not valid.',
  'Tarikh mula tidak sah.': 'The start date is not valid.',
  'Tarikh pada jam komputer ini ({today}) lebih awal daripada rekod terakhir ({last}). Nombor tidak dikeluarkan sehingga Penolong Pendaftar mengesahkan tarikh ini dengan PIN, atau tarikh dan masa komputer dibetulkan.':
    "The date on this computer's clock ({today}) is earlier than the last record ({last}). No number is issued until the Assistant Registrar confirms this date with their PIN, or the computer's date and time are corrected.",
  'Templat nombor kes tidak sah: {problem}': 'The case number template is not valid: {problem}',
  'Tempoh gangguan semasa ialah SOP Pilihan 2: kes baharu didaftarkan dalam ESV2, bukan di kaunter ini.':
    'The current outage is SOP Option 2: new cases are registered in ESV2, not at this counter.',
  'Tempoh gangguan semasa ialah SOP Pilihan 3: pendaftaran kes baharu ditutup. Berikan janji temu kepada pihak.':
    'The current outage is SOP Option 3: new case registration is closed. Give the parties an appointment.',
  'Terlalu banyak dokumen (had 20).': 'Too many documents (limit 20).',
  'Terlalu banyak pihak (had 40).': 'Too many parties (limit 40).',
  'Tiada tempoh gangguan dibuka: dokumen diterima melalui ESV3 seperti biasa.':
    'No outage period is open: documents are received through ESV3 as usual.',
  'Tiada tempoh gangguan dibuka: kes direkodkan dalam ESV3 seperti biasa.':
    'No outage period is open: cases are recorded in ESV3 as usual.',
  'Tiada tempoh gangguan dibuka. Penolong Pendaftar perlu membuka tempoh gangguan (Pilihan 1) dahulu.':
    'No outage period is open. The Assistant Registrar must open an outage period (Option 1) first.',
} as const;
