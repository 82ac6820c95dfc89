/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker from the bundle (no inline script, so a strict Content-Security-Policy
 * holds), once the page is idle. With `registerType: 'prompt'` a new version waits until the user accepts
 * the reload the page offers, so a page never runs with half its files from one version and half from the
 * next.
 */
import { registerSW } from 'virtual:pwa-register';
import { setServiceWorkerState } from './store.ts';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      setServiceWorkerState({ updateWaiting: true, activate: () => update(true) });
    },
  });
}
