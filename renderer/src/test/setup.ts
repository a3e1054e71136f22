import { ENGLISH } from '../i18n/english';
import { registerEnglish } from '../i18n/strings';

/*
 * The app loads English as a chunk of its own on first use (strings.ts loadLanguage); tests switch with
 * showLanguage('en') at once, so English is registered before every test file.
 */
registerEnglish(ENGLISH);
