import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary.tsx';
import { App } from './App.tsx';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* The last line of defence: whatever fails outside a view, the page says so instead of going blank. */}
      <ErrorBoundary label="Serviceniveau">
        <App />
      </ErrorBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
