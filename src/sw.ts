/**
 * The service worker (built by vite-plugin-pwa's injectManifest): after the first visit the app works
 * offline. Precached at install: the app shell, every view's chunk, the fonts and the standards shipped with
 * this build. A new build's worker waits until the page asks it to take over (the page offers a reload), so
 * one page never mixes two versions' files.
 *
 * The standards are data a deployment may change without a rebuild (a new file and a line in index.json), so
 * they are asked from the network first and the copy is kept; offline, the last copy answers, else the one
 * precached at install.
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { VIEW_NAMES } from './shared/ui/viewIntro.ts';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

// The worker's global scope; the DOM library the rest of the app is typed with does not describe it.
declare const self: WorkerScope;
// Keep in step with STANDARDS_CACHE in src/shared/offline/store.ts (the page reads the date of the copy).
const STANDARDS_CACHE = 'serviceniveau-standards';

registerRoute(
  ({ url, request }) =>
    request.method === 'GET' && url.origin === self.location.origin && url.pathname.includes('/standards/'),
  async ({ request }) => {
    const cache = await caches.open(STANDARDS_CACHE);
    try {
      const response = await fetch(request, { cache: 'no-cache' });
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const kept = (await cache.match(request)) ?? (await matchPrecache(request));
      if (kept) return kept;
      throw error;
    }
  },
);

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
// A navigation gets the page of the view in its address (views/<name>.html, which shows the view's heading and
// intro at once; see scripts/view-shells.ts), or index.html.
const indexHandler = createHandlerBoundToURL('index.html');
registerRoute(
  new NavigationRoute(
    async (options) => {
      const view = options.url.searchParams.get('visning') ?? VIEW_NAMES[0];
      const page = (VIEW_NAMES as readonly string[]).includes(view)
        ? await matchPrecache(`views/${view}.html`)
        : undefined;
      return page ?? indexHandler(options);
    },
    { denylist: [/\/standards\//] },
  ),
);

self.addEventListener('message', (event) => {
  if (
    typeof event.data === 'object' &&
    event.data !== null &&
    'type' in event.data &&
    event.data.type === 'SKIP_WAITING'
  ) {
    void self.skipWaiting();
  }
});
