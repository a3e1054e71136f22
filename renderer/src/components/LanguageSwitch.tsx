import type { ScreenLanguage } from '@shared/schemas/language';
import { chooseLanguage } from '../i18n/remembered';
import { useLanguage, useStrings } from '../i18n/strings';

const CHOICES: { language: ScreenLanguage; short: string }[] = [
  { language: 'ms', short: 'BM' },
  { language: 'en', short: 'EN' },
];

/** "BM | EN": the screen language of this PC. Printed documents stay in Malay whatever is chosen. */
export function LanguageSwitch({ tone }: { tone?: 'light' }) {
  const { ms } = useStrings();
  const language = useLanguage();
  return (
    <div
      className={`language-switch${tone === 'light' ? ' language-switch--light' : ''}`}
      role="group"
      aria-label={ms.language.label}
    >
      {CHOICES.map((choice, i) => (
        <span key={choice.language}>
          {i > 0 ? <span aria-hidden="true"> | </span> : null}
          <button
            type="button"
            className="language-switch__choice"
            lang={choice.language}
            aria-pressed={language === choice.language}
            title={choice.language === 'ms' ? ms.language.malay : ms.language.english}
            onClick={() => chooseLanguage(choice.language)}
          >
            {choice.short}
          </button>
        </span>
      ))}
    </div>
  );
}
