/**
 * A component loaded on demand, with a `preload` that starts (once) loading its chunk. Once loaded, it
 * renders directly, without suspending: a prefetched component never shows a placeholder, and React's hold
 * on a just-shown Suspense fallback (about 300 ms) never delays what it shows.
 */
import { type ComponentType, createElement, type LazyExoticComponent, lazy } from 'react';

export interface OnDemand<P extends object> {
  preload: () => Promise<ComponentType<P>>;
  /** The component once its chunk is loaded. */
  loaded: () => ComponentType<P> | undefined;
  /** The same component, suspending until its chunk is loaded. */
  lazy: LazyExoticComponent<ComponentType<P>>;
}

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let pending: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
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

/** Renders a component loaded on demand: directly when its chunk is there, else suspending until it is. */
export function OnDemandHost<P extends object>({ component, props }: { component: OnDemand<P>; props: P }) {
  return createElement((component.loaded() ?? component.lazy) as ComponentType<P>, props);
}

/**
 * Starts loading each component in a task of its own, after the current one. A preload is small work (its
 * chunks named in the page's head), but several run together after a render add up to one long task.
 */
export function preloadSoon(...components: readonly { preload: () => Promise<unknown> }[]): void {
  const [first, ...rest] = components;
  if (first === undefined) return;
  setTimeout(() => {
    first.preload().catch(() => undefined);
    preloadSoon(...rest);
  }, 0);
}
