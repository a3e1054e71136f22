import { parseTemplate } from '@shared/caseNumber';
import { AppError, ref } from '@shared/errors';
import type { LastNumber, Numbering } from '@shared/schemas/setup';

/**
 * Numbering that can never work is refused where it is set, not at the first registration: this
 * counter's first number of a series is the last ESV3 number plus the block start, and it must fit the
 * template's {run:N}. "Last number 9700 with {run:4} and block start 501" would make that case type
 * unregistrable for ever (10201 has 5 digits), and the template cannot change once cases exist.
 * Only the series still to be numbered (this year on) are checked.
 */
export function checkNumberingFits(
  numbering: Numbering,
  rows: LastNumber[],
  thisYear: number,
  field: (index: number) => string,
): void {
  const template = parseTemplate(numbering.template, numbering.scope);
  if (!template.ok) return; // refused on its own by the caller, with the template's problem
  const limit = 10 ** template.runWidth;
  rows.forEach((row, i) => {
    if (row.year < thisYear) return;
    const first = row.lastNumber + numbering.blockStart;
    if (first < limit) return;
    const what =
      row.caseTypeCode === '*'
        ? ref('tahun {year}', { year: row.year })
        : ref('kod kes {code} tahun {year}', { code: row.caseTypeCode, year: row.year });
    throw AppError.onField(
      'VALIDATION',
      field(i),
      'Nombor terakhir {lastNumber} dengan permulaan blok {blockStart} menjadikan nombor pertama kaunter ini {first}, melebihi {runWidth} digit templat {template}: {what} tidak akan dapat didaftarkan. Luaskan {run:N} dalam templat, atau semak nombor terakhir dan permulaan blok.',
      {
        lastNumber: row.lastNumber,
        blockStart: numbering.blockStart,
        first,
        runWidth: template.runWidth,
        template: numbering.template,
        what,
      },
    );
  });
}
