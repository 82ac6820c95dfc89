/**
 * The views loaded on demand, each with a `preload` that starts (once) loading its chunk. Once loaded, a
 * view renders directly, without suspending: a prefetched view never shows a placeholder, and React's
 * hold on a just-shown Suspense fallback (about 300 ms) never delays its figures.
 */
import { type ComponentType, createElement, lazy } from 'react';

export interface OnDemandView {
  preload: () => Promise<ComponentType>;
  /** The component once its chunk is loaded. */
  loaded: () => ComponentType | undefined;
  /** The same component, suspending until its chunk is loaded. */
  lazy: ComponentType;
}

/** Renders a view loaded on demand: directly when its chunk is there, else suspending until it is. */
export function OnDemandViewHost({ view }: { view: OnDemandView }) {
  return createElement(view.loaded() ?? view.lazy);
}

function onDemand(load: () => Promise<ComponentType>): OnDemandView {
  let pending: Promise<ComponentType> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // Offline or a new deployment: the next attempt asks again.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    preload,
    loaded: () => loaded,
    lazy: lazy(() => preload().then((component) => ({ default: component }))),
  };
}

export const ON_DEMAND = {
  pakke: onDemand(() => import('../features/package/PackageView.tsx').then((m) => m.PackageView)),
  frister: onDemand(() => import('../features/deadlines/DeadlinesView.tsx').then((m) => m.DeadlinesView)),
  sammenlign: onDemand(() => import('../features/compare/CompareView.tsx').then((m) => m.default)),
} as const;

/** Start loading the view named in `visning`, if it is one loaded on demand. */
export function preloadView(name: string | null): Promise<unknown> {
  const view =
    name !== null && Object.hasOwn(ON_DEMAND, name) ? ON_DEMAND[name as keyof typeof ON_DEMAND] : null;
  return view ? view.preload() : Promise.resolve();
}

/** Run `task` when the browser is idle, or after `timeout` ms at the latest. */
export function whenIdle(task: () => void, timeout = 3000): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout });
  else setTimeout(task, Math.min(timeout, 1000));
}

/** When the browser is idle, fetch every view's chunk, so opening one later shows it at once. */
export function preloadAllWhenIdle(): void {
  whenIdle(() => {
    for (const view of Object.values(ON_DEMAND)) view.preload().catch(() => undefined);
  });
}
