/**
 * What the page knows about its service worker: whether a new version of the app is waiting (deployed
 * since this page loaded) and how to switch to it. Tiny and free of the registration code, which is loaded
 * when the browser is idle (register.ts).
 */
export interface ServiceWorkerState {
  /** A new version is installed and waits; `activate` makes it take over and reloads the page. */
  updateWaiting: boolean;
  activate: (() => Promise<void>) | null;
}

let state: ServiceWorkerState = { updateWaiting: false, activate: null };
const listeners = new Set<() => void>();

export function getServiceWorkerState(): ServiceWorkerState {
  return state;
}

export function setServiceWorkerState(next: ServiceWorkerState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeServiceWorker(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The cache the service worker keeps the last copy of each standards file in (see src/sw.ts). */
export const STANDARDS_CACHE = 'serviceniveau-standards';
