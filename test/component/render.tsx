/** Renders a component as the app does: a fresh QueryClient (no retries) and URL state, per test. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { nationalFolderPath, readStandardsFolder } from '../../scripts/standards-folder.ts';

export function freshQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
}

export function renderWithProviders(ui: ReactElement, options: { searchParams?: string } = {}) {
  const queryClient = freshQueryClient();
  // URL state lives in the page's query string: each test starts from its own.
  const search = (options.searchParams ?? '').replace(/^\?/, '');
  window.history.replaceState(null, '', `/${search ? `?${search}` : ''}`);
  const result = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { ...result, queryClient };
}

/**
 * Serves standard files to `fetch` from a map (by default the fixture folder `test/fixtures/standards/`,
 * never the shipped one), as the web server does: /standards/<file>. Files can be replaced or added to
 * simulate a broken one.
 */
export function serveStandards(overrides: Record<string, string> = {}, folder = 'test/fixtures/standards') {
  const national = [...readStandardsFolder(nationalFolderPath(process.cwd(), folder))].map(
    ([name, text]) => [`national/${name}`, text] as const,
  );
  const processing = [...readStandardsFolder(`${folder}/processing-deadlines`)].map(
    ([name, text]) => [`processing-deadlines/${name}`, text] as const,
  );
  const files = new Map([
    ...readStandardsFolder(folder),
    ...national,
    ...processing,
    ...Object.entries(overrides),
  ]);
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = decodeURIComponent(url.split('/standards/')[1] ?? '');
    const text = files.get(name);
    if (text === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The three fields (day, month, year) of the date input whose legend is `name`. */
export function dateFields(name: string): {
  day: HTMLInputElement;
  month: HTMLInputElement;
  year: HTMLInputElement;
} {
  const group = screen.getByRole('group', { name });
  const field = (label: string) => within(group).getByLabelText(label) as HTMLInputElement;
  return { day: field('Dag'), month: field('Måned'), year: field('År') };
}

/** What the three fields of a date input show, as day.month.year. */
export function dateShown(name: string): string {
  const { day, month, year } = dateFields(name);
  return `${day.value}.${month.value}.${year.value}`;
}
