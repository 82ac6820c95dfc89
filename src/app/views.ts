/**
 * The views loaded on demand (src/shared/ui/onDemand.ts): the first render waits for the chunk of the view
 * in the address (main.tsx), and every other view's chunk is fetched when the browser is idle.
 */
import { fetchEarly } from '../shared/standards/queries.ts';
import { type OnDemand, onDemand } from '../shared/ui/onDemand.ts';

export const ON_DEMAND: Record<
  'pakke' | 'frister' | 'sammenlign' | 'rediger',
  OnDemand<Record<string, never>>
> = {
  pakke: onDemand(() => import('../features/package/PackageView.tsx').then((m) => m.PackageView)),
  frister: onDemand(() => import('../features/deadlines/DeadlinesView.tsx').then((m) => m.DeadlinesView)),
  sammenlign: onDemand(() => import('../features/compare/CompareView.tsx').then((m) => m.default)),
  rediger: onDemand(() => import('../features/editor/EditorView.tsx').then((m) => m.default)),
};

/**
 * The data files a view reads besides the standards and the law (which every view's first page asks for),
 * by their path under standards/. Named here, not imported: their modules hold schemas the first page does
 * not need (test/unit/views.test.ts checks the names against the modules').
 */
export const EARLY_FILES: Partial<Record<keyof typeof ON_DEMAND, readonly string[]>> = {
  pakke: ['national/purposes.json', 'national/double-compensation.json'],
};

/** Start loading the view named in `visning`, if it is one loaded on demand, and the files it reads. */
export function preloadView(name: string | null): Promise<unknown> {
  if (name === null || !Object.hasOwn(ON_DEMAND, name)) return Promise.resolve();
  const key = name as keyof typeof ON_DEMAND;
  for (const file of EARLY_FILES[key] ?? []) fetchEarly(file);
  return ON_DEMAND[key].preload();
}

/** Run `task` when the browser is idle, or after `timeout` ms at the latest. */
export function whenIdle(task: () => void, timeout = 3000): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout });
  else setTimeout(task, Math.min(timeout, 1000));
}

/**
 * When the browser is idle, fetch the views' chunks, so opening one later shows it at once: one view per idle
 * moment, so that no single moment of work (a chunk's evaluation) grows long.
 */
export function preloadAllWhenIdle(): void {
  const views = Object.values(ON_DEMAND);
  const next = () => {
    const view = views.shift();
    if (!view) return;
    view
      .preload()
      .catch(() => undefined)
      .finally(() => whenIdle(next));
  };
  whenIdle(next);
}
