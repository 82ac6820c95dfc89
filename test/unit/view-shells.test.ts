import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAIN, escapeHtml, shellMarkup, VIEW_INTROS, viewPage } from '../../scripts/view-shells.ts';
import { PACKAGE_INTRO } from '../../src/features/package/intro.ts';
import { VIEW_NAMES } from '../../src/shared/ui/viewIntro.ts';

const INDEX = readFileSync('index.html', 'utf8');

describe("each view's own page (views/<name>.html)", () => {
  it('given every view, then there is exactly one intro for it', () => {
    expect(VIEW_INTROS.map((intro) => intro.view)).toEqual([...VIEW_NAMES]);
  });

  it('given index.html and the package view, then <main> holds its heading, intro and loading line, and its tab is current', () => {
    const page = viewPage(INDEX, PACKAGE_INTRO);
    expect(page).toContain(
      `<main id="indhold" tabindex="-1" class="container"><section aria-labelledby="view-title"><h1 id="view-title">Dobbeltkompensation</h1><p>Saml familiens bevillinger`,
    );
    expect(page).toContain('<p role="status">Henter standarder og regler …</p></section></main>');
    expect(page).toContain('<a href="?visning=pakke" class="tab-button" aria-current="page">');
    expect(page.match(/aria-current="page"/g)).toHaveLength(1);
    // Everything else is index.html as it was.
    expect(page.replace(shellMarkup(PACKAGE_INTRO), '').replace(' aria-current="page"', '')).toBe(INDEX);
  });

  it('given text with markup characters, then it is escaped', () => {
    expect(escapeHtml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
    expect(shellMarkup({ ...PACKAGE_INTRO, heading: 'A <i>' })).toContain(
      '<h1 id="view-title">A &lt;i&gt;</h1>',
    );
  });

  it('given an index.html without an empty <main> or the view’s tab, then it says so instead of writing a wrong page', () => {
    expect(() => viewPage(INDEX.replace(EMPTY_MAIN, '<main></main>'), PACKAGE_INTRO)).toThrow(/<main/);
    expect(() => viewPage(INDEX.replace('?visning=pakke', '?visning=x'), PACKAGE_INTRO)).toThrow(/tab/);
  });

  it('given the nginx config a municipality copies, then it sends each view its page and nothing else', () => {
    const config = readFileSync('deploy/nginx.conf', 'utf8');
    const map = /map \$arg_visning \$serviceniveau_page \{([^}]*)\}/.exec(config)?.[1] ?? '';
    const entries = [...map.matchAll(/^\s*(\S+)\s+(\S+);/gm)].map((m) => [m[1], m[2]]);
    expect(entries).toEqual([
      ['default', '/index.html'],
      ['""', `/views/${VIEW_NAMES[0]}.html`],
      ...VIEW_NAMES.map((name) => [name, `/views/${name}.html`]),
    ]);
  });
});
