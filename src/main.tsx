import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { registerServiceWorker } from './app/pwa';
import { useAppStore } from './store/app-store';
import './app/styles.css';
import './ui/ui.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
void useAppStore.getState().start();
registerServiceWorker((apply) => useAppStore.getState().offerUpdate(apply));
