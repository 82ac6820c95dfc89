/**
 * Watches the connection and the service worker, and loads the notes (ConnectionNotes.tsx) only when one
 * is to be shown: offline, or a new version waiting. Kept small: it is on every first page.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { getServiceWorkerState, subscribeServiceWorker } from './store.ts';

const ConnectionNotes = lazy(() =>
  import('./ConnectionNotes.tsx').then((m) => ({ default: m.ConnectionNotes })),
);

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function ConnectionWatch() {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const worker = useSyncExternalStore(subscribeServiceWorker, getServiceWorkerState, getServiceWorkerState);
  if (online && !worker.updateWaiting) return null;
  return (
    <Suspense fallback={null}>
      <ConnectionNotes online={online} worker={worker} />
    </Suspense>
  );
}
