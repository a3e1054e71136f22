import { parseCaseNumber, parseTemplate, type TemplatePart } from '@shared/caseNumber';
import { AppError, message, type Message } from '@shared/errors';
import type { CourtConfig } from '../court/court';

export interface ReadCaseNumber {
  caseNumber: string;
  caseTypeCode: string | null;
  year: number;
  runningNumber: number;
}

export interface CaseNumberReader {
  template: string;
  runWidth: number;
  read(text: string): ReadCaseNumber | { reason: Message };
}

/** Reads case numbers against the court's template and its own state and court codes. */
export function caseNumberReader(config: CourtConfig, thisYear: number): CaseNumberReader {
  const parsed = parseTemplate(config.numbering.template, config.numbering.scope);
  if (!parsed.ok)
    throw new AppError('CONFLICT', 'Templat nombor kes tidak sah: {problem}', { problem: parsed.problem });
  const parts: TemplatePart[] = parsed.parts;
  const { stateCode, courtCode } = config.court;
  return {
    template: config.numbering.template,
    runWidth: parsed.runWidth,
    read(text) {
      const caseNumber = text.trim().toUpperCase();
      const fields = parseCaseNumber(parts, caseNumber);
      if (!fields) {
        return {
          reason: message('"{caseNumber}" tidak mengikut format nombor kes mahkamah ini ({template}).', {
            caseNumber,
            template: config.numbering.template,
          }),
        };
      }
      if (fields.stateCode !== undefined && fields.stateCode !== stateCode) {
        return {
          reason: message('{caseNumber} membawa kod negeri {given}, bukan {stateCode}.', {
            caseNumber,
            given: fields.stateCode,
            stateCode,
          }),
        };
      }
      if (fields.courtCode !== undefined && fields.courtCode !== courtCode) {
        return {
          reason: message('{caseNumber} membawa kod mahkamah {given}, bukan {courtCode}.', {
            caseNumber,
            given: fields.courtCode,
            courtCode,
          }),
        };
      }
      if (fields.year === undefined || fields.year < 1980 || fields.year > thisYear) {
        return { reason: message('Tahun dalam {caseNumber} tidak munasabah.', { caseNumber }) };
      }
      const run = fields.runningNumber;
      if (run === undefined || run < 1 || run >= 10 ** parsed.runWidth) {
        return {
          reason: message('Nombor siri dalam {caseNumber} tidak sah bagi format {template}.', {
            caseNumber,
            template: config.numbering.template,
          }),
        };
      }
      return { caseNumber, caseTypeCode: fields.caseTypeCode ?? null, year: fields.year, runningNumber: run };
    },
  };
}
