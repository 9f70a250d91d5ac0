import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useAppStore } from './store/appStore';
import { App } from './ui/App';
import { bundledArticles } from './ui/bundledArticles';
import { extractionWorker } from './ui/useExtraction';

// The corpus is in place before the first render, so the first extraction already reads it.
useAppStore.getState().setArticles(bundledArticles());
extractionWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
