import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { UnexpectedFailureNotice } from './app/UnexpectedFailureNotice';
import { unawaited } from './app/unawaited';
import { showRememberedLanguage } from './i18n/remembered';
import './styles.css';
import './counter.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// The first screen already shows the language this PC chose last time.
unawaited(
  showRememberedLanguage().finally(() => {
    createRoot(root).render(
      <StrictMode>
        <UnexpectedFailureNotice />
        <App />
      </StrictMode>,
    );
  }),
);
