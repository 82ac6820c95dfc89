/**
 * State kept in the page's query string, so a link reproduces a view. A few dozen lines in place of a URL-state
 * library: parsers turn one parameter into a typed value (an invalid value reads as absent, never as an error),
 * and a setter writes only what differs from the default.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';

export interface Parser<T> {
  parse: (value: string) => T | null;
  serialize: (value: T) => string;
  eq?: (a: T, b: T) => boolean;
}
export interface ParserWithDefault<T> extends Parser<T> {
  defaultValue: T;
}
export interface ParserBuilder<T> extends Parser<T> {
  withDefault: (defaultValue: T) => ParserWithDefault<T>;
}

export function createParser<T>(parser: Parser<T>): ParserBuilder<T> {
  return { ...parser, withDefault: (defaultValue) => ({ ...parser, defaultValue }) };
}

export const parseAsString = createParser<string>({ parse: (value) => value, serialize: (value) => value });

export function parseAsStringLiteral<const L extends readonly string[]>(
  literals: L,
): ParserBuilder<L[number]> {
  return createParser<L[number]>({
    parse: (value) => ((literals as readonly string[]).includes(value) ? (value as L[number]) : null),
    serialize: (value) => value,
  });
}

/** Items separated by commas; an item its parser rejects is left out. */
export function parseAsArrayOf<T>(item: Parser<T>): ParserBuilder<T[]> {
  return createParser<T[]>({
    parse: (value) =>
      value === ''
        ? []
        : value
            .split(',')
            .map((part) => item.parse(part))
            .filter((parsed): parsed is T => parsed !== null),
    serialize: (values) => values.map((value) => item.serialize(value)).join(','),
    eq: (a, b) =>
      a.length === b.length && a.every((value, i) => item.serialize(value) === item.serialize(b[i] as T)),
  });
}

// biome-ignore lint/suspicious/noExplicitAny: a record of parsers of different value types.
type AnyParser = Parser<any>;
type ValueOf<P> = P extends { defaultValue: infer T } ? T : P extends Parser<infer T> ? T | null : never;
export type QueryValues<P extends Record<string, AnyParser>> = { [K in keyof P]: ValueOf<P[K]> };
export type QueryUpdate<P extends Record<string, AnyParser>> = { [K in keyof P]?: ValueOf<P[K]> | null };

const CHANGE = 'serviceniveau:url-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

function equals<T>(parser: Parser<T>, a: T, b: T): boolean {
  return parser.eq ? parser.eq(a, b) : parser.serialize(a) === parser.serialize(b);
}

function readValues<P extends Record<string, AnyParser>>(parsers: P, search: string): QueryValues<P> {
  const params = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  for (const [key, parser] of Object.entries(parsers) as [
    string,
    Parser<unknown> & { defaultValue?: unknown },
  ][]) {
    const raw = params.get(key);
    const parsed = raw === null ? null : parser.parse(raw);
    out[key] = parsed ?? ('defaultValue' in parser ? parser.defaultValue : null);
  }
  return out as QueryValues<P>;
}

/**
 * Values of several query parameters and a setter (an object of changes, or a function of the current
 * values). `history: 'push'` adds a history entry (the back button returns to it); the default replaces the
 * current one.
 */
export function useQueryStates<P extends Record<string, AnyParser>>(
  parsers: P,
  options: { history?: 'push' | 'replace' } = {},
): [QueryValues<P>, (update: QueryUpdate<P> | ((old: QueryValues<P>) => QueryUpdate<P>)) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  // biome-ignore lint/correctness/useExhaustiveDependencies: parsers are module constants or built per render with the same meaning; the search string decides.
  const values = useMemo(() => readValues(parsers, search), [search]);
  const history = options.history ?? 'replace';
  const set = useCallback(
    (change: QueryUpdate<P> | ((old: QueryValues<P>) => QueryUpdate<P>)) => {
      const params = new URLSearchParams(window.location.search);
      const update =
        typeof change === 'function' ? change(readValues(parsers, window.location.search)) : change;
      for (const [key, value] of Object.entries(update)) {
        const parser = parsers[key] as (Parser<unknown> & { defaultValue?: unknown }) | undefined;
        if (!parser || value === undefined) continue;
        if (value === null || ('defaultValue' in parser && equals(parser, value, parser.defaultValue))) {
          params.delete(key);
        } else {
          params.set(key, parser.serialize(value));
        }
      }
      const query = params.toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      window.dispatchEvent(new Event(CHANGE));
    },
    [parsers, history],
  );
  return [values, set];
}

/** One query parameter and its setter. */
export function useQueryState<T>(
  key: string,
  parser: ParserWithDefault<T>,
  options: { history?: 'push' | 'replace' } = {},
): [T, (value: T | null) => void] {
  const parsers = useMemo(() => ({ [key]: parser }) as Record<string, ParserWithDefault<T>>, [key, parser]);
  const [values, set] = useQueryStates(parsers, options);
  return [values[key] as T, useCallback((value: T | null) => set({ [key]: value }), [set, key])];
}
