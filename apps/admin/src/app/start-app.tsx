import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from '../i18n';
import './global.css';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Translations first, so the first paint is already in the user's language.
void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
