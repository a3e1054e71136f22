import { parseCaseNumber, parseTemplate } from '@shared/caseNumber';
import { AppError, type MessageKey, type MessageValues } from '@shared/errors';
import type { GivenNumberCase } from '@shared/schemas/case';
import { courtYear } from '@shared/time';
import type { CaseView } from '@shared/views';
import { appendAudit, userActor } from '../ledger/audit';
import { getCase, insertParties, SOP_REFUSAL } from './cases';
import { requireActiveCaseType } from './caseTypes';
import { requireCourtConfig, type CourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { ownSeries, type OwnSeries } from './numbering';
import { openOutageRef } from '../outages/outages';

function refuseNumber(key: MessageKey, values?: MessageValues): never {
  throw AppError.onField('VALIDATION', 'caseNumber', key, values);
}

/**
 * Checks a number another system gave against this court's case-number template: the court's own
 * state and court codes, the case type chosen, a year not after this one. Returns the year it carries.
 */
export function checkGivenNumber(config: CourtConfig, caseNumber: string, caseTypeCode: string, thisYear: number) {
  const template = parseTemplate(config.numbering.template, config.numbering.scope);
  if (!template.ok)
    throw new AppError('CONFLICT', 'Templat nombor kes tidak sah: {problem}', { problem: template.problem });
  const fields = parseCaseNumber(template.parts, caseNumber);
  if (!fields) {
    refuseNumber('No. kes {caseNumber} tidak mengikut format nombor kes mahkamah ini ({template}).', {
      caseNumber,
      template: config.numbering.template,
    });
  }
  if (fields.stateCode !== undefined && fields.stateCode !== config.court.stateCode) {
    refuseNumber('No. kes {caseNumber} bermula dengan kod negeri {given}, bukan {stateCode}.', {
      caseNumber,
      given: fields.stateCode,
      stateCode: config.court.stateCode,
    });
  }
  if (fields.courtCode !== undefined && fields.courtCode !== config.court.courtCode) {
    refuseNumber('No. kes {caseNumber} membawa kod mahkamah {given}, bukan {courtCode}.', {
      caseNumber,
      given: fields.courtCode,
      courtCode: config.court.courtCode,
    });
  }
  if (fields.caseTypeCode !== undefined && fields.caseTypeCode !== caseTypeCode) {
    refuseNumber('No. kes {caseNumber} membawa kod kes {given}, bukan {caseTypeCode} yang dipilih.', {
      caseNumber,
      given: fields.caseTypeCode,
      caseTypeCode,
    });
  }
  if (fields.year === undefined || fields.year < 1980 || fields.year > thisYear) {
    refuseNumber('Tahun dalam No. kes {caseNumber} tidak munasabah.', { caseNumber });
  }
  if (fields.runningNumber !== undefined && fields.runningNumber >= 10 ** template.runWidth) {
    refuseNumber('Nombor siri dalam No. kes {caseNumber} melebihi {runWidth} digit format mahkamah ini.', {
      caseNumber,
      runWidth: template.runWidth,
    });
  }
  if (fields.runningNumber === undefined || fields.runningNumber < 1) {
    refuseNumber('Nombor siri dalam No. kes {caseNumber} mesti sekurang-kurangnya 1.', { caseNumber });
  }
  return { year: fields.year, runningNumber: fields.runningNumber };
}

/**
 * A given number inside this counter's own stretch of this year's series (the only one it numbers in)
 * would be handed out here again: refused with the way out, never recorded, so registration of
 * that case type goes on and the next-number preview never shows a taken number. Where ESV2/ESV3 really
 * gave it, the supervisor raises the last ESV3 number past it and this counter's stretch starts above.
 */
function refuseInsideOwnSeries(own: OwnSeries, caseNumber: string, runningNumber: number): void {
  if (runningNumber < own.first || (own.last !== null && runningNumber > own.last)) return;
  const values = { caseNumber, first: own.first, series: own.key, runningNumber };
  if (own.last === null) {
    throw AppError.onField(
      'CONFLICT',
      'caseNumber',
      'No. kes {caseNumber} berada dalam siri nombor kaunter ini sendiri ({first} ke atas): kaunter ini akan memberikan nombor itu kepada kes yang didaftarkan di sini. Semak nombor pada dokumen. Jika ESV2/ESV3 memang memberikan nombor itu, Penolong Pendaftar perlu menaikkan Nombor kes terakhir ESV3 bagi siri {series} kepada sekurang-kurangnya {runningNumber} dalam Tetapan, kemudian rekodkan kes ini semula.',
      values,
    );
  }
  throw AppError.onField(
    'CONFLICT',
    'caseNumber',
    'No. kes {caseNumber} berada dalam blok nombor kaunter ini sendiri ({first} hingga {last}): kaunter ini akan memberikan nombor itu kepada kes yang didaftarkan di sini. Semak nombor pada dokumen. Jika ESV2/ESV3 memang memberikan nombor itu, Penolong Pendaftar perlu menaikkan Nombor kes terakhir ESV3 bagi siri {series} kepada sekurang-kurangnya {runningNumber} dalam Tetapan, kemudian rekodkan kes ini semula.',
    { ...values, last: own.last },
  );
}

/**
 * One ESV2 receipt pays for one case: a receipt number already on another case is a slip of the hand
 * (or the same case keyed twice), so it is refused with the case that holds it. Case and spaces aside.
 */
function refuseReceiptTaken(ledger: Ledger, esv2ReceiptNumber: string): void {
  const holder = sql(
    ledger.db,
    `SELECT case_number AS caseNumber FROM cases
      WHERE esv2_receipt_number IS NOT NULL AND UPPER(REPLACE(esv2_receipt_number, ' ', '')) = ? LIMIT 1`,
  ).get(esv2ReceiptNumber.toUpperCase().replace(/ /g, '')) as { caseNumber: string } | undefined;
  if (holder) {
    throw AppError.onField(
      'CONFLICT',
      'esv2ReceiptNumber',
      'No. resit ESV2 {esv2ReceiptNumber} telah direkodkan bagi kes {caseNumber}. Semak resit ESV2 kes ini, atau buka kes {caseNumber} jika kes yang sama.',
      { esv2ReceiptNumber, caseNumber: holder.caseNumber },
    );
  }
}

/**
 * Records a case with the number ESV2 or ESV3 gave it (SOP option 2, or a case registered before the
 * outage): the case, its parties and the audit event in one transaction. No number is allocated here.
 */
export function recordGivenNumberCase(ledger: Ledger, actorId: number, input: GivenNumberCase): CaseView {
  const id = ledger.db.transaction(() => {
    const outage = openOutageRef(ledger);
    if (!outage) {
      throw new AppError('CONFLICT', 'Tiada tempoh gangguan dibuka: kes direkodkan dalam ESV3 seperti biasa.');
    }
    if (input.source === 'ESV2' && outage.sopOption === 3) throw new AppError('CONFLICT', SOP_REFUSAL[3]);
    const config = requireCourtConfig(ledger);
    const type = requireActiveCaseType(ledger, input.caseTypeCode);
    const now = ledger.clock();
    const at = now.toISOString();
    const { year, runningNumber } = checkGivenNumber(config, input.caseNumber, type.code, courtYear(now));
    const taken = sql(
      ledger.db,
      'SELECT case_number AS n, source FROM cases WHERE case_number = ? OR esv3_case_number = ?',
    ).get(input.caseNumber, input.caseNumber) as { n: string; source: string } | undefined;
    if (taken) {
      throw AppError.onField(
        'CONFLICT',
        'caseNumber',
        'No. kes {caseNumber} telah direkodkan di kaunter ini. Cari kes itu dan gunakannya.',
        { caseNumber: input.caseNumber },
      );
    }
    if (input.esv2ReceiptNumber !== null) refuseReceiptTaken(ledger, input.esv2ReceiptNumber);
    if (year === courtYear(now)) {
      refuseInsideOwnSeries(ownSeries(ledger, config, type.code, year), input.caseNumber, runningNumber);
    }
    const { lastInsertRowid } = sql(
      ledger.db,
      `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year,
                          running_number, scope_key, provisional, claim_sen, lawyer_name, lawyer_firm, note,
                          registered_at, registered_by, outage_id, esv2_receipt_number, sop_option)
       VALUES (@caseNumber, @source, @typeCode, @typeName, @category, @proceeding, @courtCode, @year, @runningNumber,
               NULL, 0, @claimSen, @lawyerName, @lawyerFirm, @note, @at, @actorId, @outageId, @esv2Receipt, @sopOption)`,
    ).run({
      caseNumber: input.caseNumber,
      source: input.source,
      typeCode: type.code,
      typeName: type.name,
      category: type.category,
      proceeding: input.proceeding,
      courtCode: `${config.court.stateCode}${config.court.courtCode}`,
      year,
      runningNumber,
      claimSen: input.claimSen,
      lawyerName: input.lawyerName,
      lawyerFirm: input.lawyerFirm,
      note: input.note ?? null,
      at,
      actorId,
      outageId: outage.id,
      sopOption: outage.sopOption,
      esv2Receipt: input.esv2ReceiptNumber,
    });
    const caseId = Number(lastInsertRowid);
    insertParties(ledger, caseId, input.parties);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: input.source === 'ESV2' ? 'case.recordEsv2' : 'case.recordExisting',
      entity: 'case',
      entityId: caseId,
      data: {
        caseNumber: input.caseNumber,
        source: input.source,
        esv2ReceiptNumber: input.esv2ReceiptNumber,
        caseTypeCode: type.code,
        proceeding: input.proceeding,
        outageId: outage.id,
        claimSen: input.claimSen,
        lawyerName: input.lawyerName,
        lawyerFirm: input.lawyerFirm,
        note: input.note ?? null,
        parties: input.parties,
      },
    });
    return caseId;
  })();
  return getCase(ledger, id);
}
