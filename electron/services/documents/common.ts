/** Pieces shared by the printed documents: the font family, line styles and small layout helpers. */
import type { Content, CustomTableLayout, DynamicContent, TableCell } from 'pdfmake/interfaces';
import statesData from '@shared/data/states-and-courts.json';
import type { ReceiptHeader } from '@shared/receiptViews';

/** The family every document uses; renderPdf maps it to the TTF files shipped beside this module. */
export const DOCUMENT_FONT = 'NotoSans';

/** Thin black rules on every cell edge: the ruled look of a government form. */
export const ruledLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => 'black',
  vLineColor: () => 'black',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Rules only under the header row and above the last `footerRows` rows (an 80 mm roll has no room for a grid). */
export function openLayout(footerRows: number): CustomTableLayout {
  return {
    hLineWidth: (i, node) => {
      const rows = node.table.body.length;
      if (i === 0 || i === rows) return 0.6;
      if (i === 1 || i === rows - footerRows) return 0.6;
      return 0;
    },
    vLineWidth: () => 0,
    hLineColor: () => 'black',
    paddingLeft: (i) => (i === 0 ? 0 : 2),
    paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 2),
    paddingTop: () => 1.5,
    paddingBottom: () => 1.5,
  };
}

/** "Label : value" rows without rules. */
export const fieldsLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 2),
  paddingRight: () => 2,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

/** A two- or three-column "Label : value" table. */
export function fieldsTable(
  rows: [label: string, value: Content, labelDrop?: number][],
  labelWidth: number,
  extra: { margin?: [number, number, number, number]; fontSize?: number } = {},
): Content {
  return {
    table: {
      widths: [labelWidth, 4, '*'],
      // labelDrop lowers the label and colon to the baseline of a value set in a larger size.
      body: rows.map(([label, value, labelDrop = 0]): TableCell[] => [
        { text: label, margin: [0, labelDrop, 0, 0] },
        { text: ':', margin: [0, labelDrop, 0, 0] },
        typeof value === 'string' ? { text: value } : value,
      ]),
    },
    layout: fieldsLayout,
    ...extra,
  };
}

/** A horizontal rule across `width` points. */
export function rule(
  width: number,
  options: { dash?: boolean; weight?: number; margin?: [number, number] } = {},
): Content {
  const [above, below] = options.margin ?? [4, 4];
  return {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: width,
        y2: 0,
        lineWidth: options.weight ?? 0.6,
        ...(options.dash ? { dash: { length: 2, space: 1.5 } } : {}),
      },
    ],
    margin: [0, above, 0, below],
  };
}

/** A bordered, centred stamp box (SALINAN, BATAL, DRAF) built from a one-cell table. */
export function stampBox(
  lines: Content[],
  options: { width?: number | '*'; margin?: [number, number, number, number] },
) {
  const box: Content = {
    table: { widths: [options.width ?? 'auto'], body: [[{ stack: lines, alignment: 'center' }]] },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
  };
  return {
    columns: [
      { width: '*', text: '' },
      { width: 'auto', stack: [box] },
      { width: '*', text: '' },
    ],
    margin: options.margin ?? [0, 4, 0, 4],
  } satisfies Content;
}

/**
 * The state's official title (gelaran) from shared/data/states-and-courts.json: "Negeri Sembilan" →
 * "Darul Khusus"; null for a state with none in official use (Melaka, Pulau Pinang, Sabah, Sarawak, the
 * Federal Territories) or a name the data does not hold.
 */
export function stateTitle(stateName: string): string | null {
  const name = stateName
    .trim()
    .replace(/^negeri\s+(?!sembilan\b)/i, '')
    .toLowerCase();
  const state = statesData.states.find((s) => s.name.toLowerCase() === name);
  return state?.title ?? null;
}

/** "NEGERI SEMBILAN" → "NEGERI SEMBILAN DARUL KHUSUS" (in the case of `text`); unchanged when already titled. */
export function withStateTitle(text: string, stateName: string): string {
  const title = stateTitle(stateName);
  if (!title || text.toUpperCase().includes(title.toUpperCase())) return text;
  return `${text} ${text === text.toUpperCase() ? title.toUpperCase() : title}`;
}

/**
 * The heading lines naming the department and the court, uppercase as on official forms, with the state's
 * title after the state's name ("… NEGERI SELANGOR DARUL EHSAN").
 */
export function headingLines(header: ReceiptHeader): string[] {
  const department = header.departmentName.trim().toUpperCase();
  const court = header.courtName.trim().toUpperCase();
  const state = header.stateName.trim().toUpperCase();
  const lines = [department, court].filter((line) => line.length > 0);
  // The state is usually part of the department's name ("... NEGERI SELANGOR"); print it only when it is not.
  if (state && !lines.some((line) => line.includes(state))) lines.push(state);
  // The title follows the first line that names the state.
  const at = state ? lines.findIndex((line) => line.includes(state)) : -1;
  const named = lines[at];
  if (named !== undefined) lines[at] = withStateTitle(named, header.stateName);
  return lines;
}

/**
 * The running head of every page after the first: what the document is and its number at the left,
 * "Muka surat x / y" at the right, in the top margin. The first page carries both in its own heading.
 */
export function continuationHeader(
  documentLine: string,
  margins: [number, number, number, number],
  options: { fontSize?: number; top?: number } = {},
): DynamicContent {
  return (currentPage, pageCount) =>
    currentPage === 1
      ? null
      : {
          columns: [
            { text: documentLine, alignment: 'left', width: '*' },
            { text: pageNumberLine(currentPage, pageCount), alignment: 'right', width: 'auto' },
          ],
          columnGap: 8,
          fontSize: options.fontSize ?? 7.5,
          margin: [margins[0], options.top ?? 10, margins[2], 0],
        };
}

/** "Muka surat 2 / 3" */
export function pageNumberLine(currentPage: number, pageCount: number): string {
  return `Muka surat ${currentPage} / ${pageCount}`;
}

/**
 * The department and the court, centred and bold, as the first lines of every document; the first line
 * (the department) a size smaller than the rest.
 */
export function courtHeading(
  header: ReceiptHeader,
  sizes: { first: number; rest: number },
  extra: { lineHeight?: number } = {},
): Content {
  const [first, ...rest] = headingLines(header);
  return {
    stack: [
      ...(first ? [{ text: first, bold: true, fontSize: sizes.first }] : []),
      ...rest.map((line) => ({ text: line, bold: true, fontSize: sizes.rest })),
    ],
    alignment: 'center',
    ...extra,
  };
}

/** Where one side signs a slip: a line to sign on, then name, post and date to fill in by hand. */
export function signatureToFill(title: string, space: { above: number; fields: number }): Content {
  return {
    stack: [
      { text: title, bold: true },
      { text: '', margin: [0, space.above, 0, 0] },
      rule(220, { weight: 0.5, margin: [0, 2] }),
      { text: '(Tandatangan)', fontSize: 7.5 },
      fieldsTable(
        [
          ['Nama', ''],
          ['Jawatan', ''],
          ['Tarikh', ''],
        ],
        40,
        { margin: [0, space.fields, 0, 0] },
      ),
    ],
  };
}

/** Text or a dash when a value is missing. */
export function orDash(value: string | null | undefined): string {
  const trimmed = value?.trim();
  return trimmed ? trimmed : '-';
}
