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

/**
 * index.html as the page of one view. It asks for nothing index.html does not: the app's script fetches the
 * view's chunk. (Preloading the chunk and its imports here made Lighthouse's first and largest paint wait for
 * 25–45 kB more, and the figures still wait for the standards.) Throws if index.html no longer has the parts
 * it fills.
 */
export function viewPage(indexHtml: string, intro: ViewIntro): string {
  const tab = `<a href="?visning=${intro.view}" class="tab-button">`;
  if (!indexHtml.includes(EMPTY_MAIN)) throw new Error(`index.html has no ${EMPTY_MAIN} to fill`);
  if (!indexHtml.includes(tab)) throw new Error(`index.html has no tab ${tab}`);
  return indexHtml
    .replace(EMPTY_MAIN, EMPTY_MAIN.replace('></main>', `>${shellMarkup(intro)}</main>`))
    .replace(tab, tab.replace('class="tab-button">', 'class="tab-button" aria-current="page">'));
}
