/** The renderer's entry: styles, live updates, and the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startLiveUpdates } from './live-updates';
import { loadSettings } from './stores/settings';
import './styles/base.css';
import './styles/forms.css';
import './styles/images.css';
import './styles/integration.css';
import './styles/layout.css';
import './styles/sync-review.css';
import './styles/table.css';

startLiveUpdates();
loadSettings();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
