/**
 * The page the server sends for each view's address: index.html with the view's heading, intro and loading
 * line already in <main> and its tab marked current, written at build as views/<name>.html. The browser paints
 * what the view is about at once, before the app's script has arrived and run; React then renders the same in
 * its place. nginx (deploy/nginx.conf) and the service worker (src/sw.ts) send it for `?visning=<name>`; any
 * other server sends index.html, whose <main> is empty, and the app works the same.
 */
import { COMPARE_INTRO } from '../src/features/compare/intro.ts';
import { DEADLINES_INTRO } from '../src/features/deadlines/intro.ts';
import { EDITOR_INTRO } from '../src/features/editor/intro.ts';
import { ESTIMATE_INTRO } from '../src/features/estimate/intro.ts';
import { PACKAGE_INTRO } from '../src/features/package/intro.ts';
import type { ViewIntro } from '../src/shared/ui/viewIntro.ts';

export const VIEW_INTROS: readonly ViewIntro[] = [
  ESTIMATE_INTRO,
  PACKAGE_INTRO,
  DEADLINES_INTRO,
  COMPARE_INTRO,
  EDITOR_INTRO,
];

/**
 * The module of each view loaded on demand (as src/app/views.ts imports it): its page asks for the view's
 * chunk at once, alongside the app's own, instead of after the app's script has run.
 */
export const VIEW_MODULES: Partial<Record<ViewIntro['view'], string>> = {
  pakke: 'src/features/package/PackageView.tsx',
  frister: 'src/features/deadlines/DeadlinesView.tsx',
  sammenlign: 'src/features/compare/CompareView.tsx',
  rediger: 'src/features/editor/EditorView.tsx',
};

/** The empty <main> of index.html, which each view's page fills. */
export const EMPTY_MAIN = '<main id="indhold" tabindex="-1" class="container"></main>';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The markup React renders for a view while its data load (ViewLoading in src/shared/ui/ViewIntro.tsx). */
export function shellMarkup(intro: ViewIntro): string {
  const cls = (name: string | undefined) => (name ? ` class="${escapeHtml(name)}"` : '');
  const id = escapeHtml(intro.headingId);
  return (
    `<section aria-labelledby="${id}"${cls(intro.sectionClass)}>` +
    `<h1 id="${id}">${escapeHtml(intro.heading)}</h1>` +
    `<p${cls(intro.textClass)}>${escapeHtml(intro.text)}</p>` +
    `<p role="status">${escapeHtml(intro.loading)}</p>` +
    '</section>'
  );
}

/** Links that fetch the view's files early: scripts as module preloads, stylesheets as preloads (not blocking). */
export function preloadLinks(files: readonly string[]): string {
  return files
    .map((file) =>
      file.endsWith('.css')
        ? `<link rel="preload" as="style" crossorigin href="/${escapeHtml(file)}">`
        : `<link rel="modulepreload" crossorigin href="/${escapeHtml(file)}">`,
    )
    .map((link) => `  ${link}\n`)
    .join('');
}

/**
 * index.html as the page of one view, asking early for `preload` (the view's chunk and what it imports).
 * Throws if index.html no longer has the parts it fills.
 */
export function viewPage(indexHtml: string, intro: ViewIntro, preload: readonly string[] = []): string {
  const tab = `<a href="?visning=${intro.view}" class="tab-button">`;
  if (!indexHtml.includes(EMPTY_MAIN)) throw new Error(`index.html has no ${EMPTY_MAIN} to fill`);
  if (!indexHtml.includes(tab)) throw new Error(`index.html has no tab ${tab}`);
  if (!indexHtml.includes('</head>')) throw new Error('index.html has no </head>');
  return indexHtml
    .replace('</head>', `${preloadLinks(preload)}</head>`)
    .replace(EMPTY_MAIN, EMPTY_MAIN.replace('></main>', `>${shellMarkup(intro)}</main>`))
    .replace(tab, tab.replace('class="tab-button">', 'class="tab-button" aria-current="page">'));
}
