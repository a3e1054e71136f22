/** The printed documents: pure pdfmake definitions, and the renderer that turns one into PDF bytes. */
export { receiptDoc, paymentReference, remarkLines, ROLL_80MM_WIDTH, type ReceiptDocOptions } from './receiptDoc';
export { dayCloseDoc, cashDifference } from './dayCloseDoc';
export { renderPdf, defaultFontsDir, FONT_FILES, type RenderOptions } from './render';
export { DOCUMENT_FONT } from './common';
export {
  formatCourtDateLong,
  formatCourtDateTime,
  formatCourtDateTimeShort,
  formatCourtTime,
  MALAY_MONTHS,
  rm,
} from './format';
