import { z } from 'zod';

/** The screen languages: Bahasa Melayu (the default) and English. Printed documents are always Malay. */
export const LANGUAGES = ['ms', 'en'] as const;
export type ScreenLanguage = (typeof LANGUAGES)[number];

export const languageSchema = z.object({ language: z.enum(LANGUAGES) }).strict();
