import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { NATIONAL_FOLDER } from '../domain/format/catalog.ts';
import { LAW_FILE, LAW_IN_FORCE } from '../shared/law/LawInForceNotice.tsx';
import {
  fetchEarly,
  manifestQueryOptions,
  preloadStandardsReader,
  standardFileQueryOptions,
} from '../shared/standards/queries.ts';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary.tsx';
import { preloadSoon } from '../shared/ui/onDemand.ts';
import { App, CATALOG_PROBLEMS, FOOTER } from './App.tsx';
import { preloadAllWhenIdle, preloadView, whenIdle } from './views.ts';
import './styles.scss';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The page starts in steps, each a task of its own (setTimeout keeps their order): the module's evaluation
// stays short, and the browser may paint index.html's frame between them instead of after one long task.
const step = (task: () => void) => setTimeout(task, 0);

// The standards and the law in force are needed by every view: ask for them now, while the view's own chunk
// loads. The first render waits for the chunk of the view in the address (not for the data), so it never
// shows a placeholder that React would then hold on screen.
step(preloadStandardsReader);
step(() => {
  void queryClient
    .fetchQuery(manifestQueryOptions())
    .then((manifest) => {
      for (const { file } of manifest.versions)
        void queryClient.prefetchQuery(standardFileQueryOptions(file));
    })
    .catch(() => undefined);
});
// The law's schema and text load on demand (LawInForce.tsx); its file is asked for now.
step(() => fetchEarly(`${NATIONAL_FOLDER}/${LAW_FILE}`));
// Not a top-level await: the view's chunk imports this one, which must finish evaluating first.
step(() => {
  void preloadView(new URLSearchParams(window.location.search).get('visning'))
    .catch(() => undefined)
    .then(() => step(() => render(root)));
});
preloadSoon(LAW_IN_FORCE, CATALOG_PROBLEMS, FOOTER);

function render(container: HTMLElement) {
  const reactRoot = createRoot(container);
  // As a transition, React renders the page in slices and lets the browser breathe between them, instead
  // of one long task; the frame index.html painted stays on screen until the page replaces it.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          {/* The last line of defence: whatever fails outside a view, the page says so instead of going blank. */}
          <ErrorBoundary label="Serviceniveau">
            <App />
          </ErrorBoundary>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
  preloadAllWhenIdle();
  // Offline after the first visit: the service worker (which downloads every view to keep) is registered
  // once the page has shown itself and the browser is idle, so it never competes with the first figures.
  whenIdle(() => {
    void import('../shared/offline/register.ts').then((module) => module.registerServiceWorker());
  }, 5000);
}
