/**
 * The font families the documents print with, one per script, in the order the renderer prefers them
 * for a character more than one covers (a space or a digit goes to Latin). Files live in ./fonts.
 * Han has no bold face shipped (the bold Noto Sans CJK subset would double the size): bold Chinese
 * prints in the regular weight.
 */
export const SCRIPT_FONT_FILES = {
  latin: { family: 'NotoSans', normal: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  arabic: { family: 'NotoNaskhArabic', normal: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf' },
  tamil: { family: 'NotoSansTamil', normal: 'NotoSansTamil-Regular.ttf', bold: 'NotoSansTamil-Bold.ttf' },
  han: { family: 'NotoSansSC', normal: 'NotoSansSC-Regular.otf', bold: 'NotoSansSC-Regular.otf' },
} as const;

export type FontScript = keyof typeof SCRIPT_FONT_FILES;
