/**
 * The deployment: the build served by nginx under deploy/nginx.conf sends the security headers and caching
 * rules, index.html carries the same Content-Security-Policy, and the app runs under it with no violation
 * (sessionForFile asserts that for every browser test file).
 */
import { describe, expect, inject, it } from 'vitest';
import { HEADER_CSP, META_CSP } from '../../deploy/csp.ts';
import { sessionForFile, shellOf } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = sessionForFile();

describe('the server: nginx under deploy/nginx.conf', () => {
  it('given index.html, then every security header is sent and the page is revalidated', async () => {
    const response = await fetch(baseUrl);
    expect(response.headers.get('content-security-policy')).toBe(HEADER_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = (await response.text()).replaceAll('&#39;', "'");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CSP}">`);
  });

  it('given a hashed asset, then it is cached for a year; standards and sw.js are revalidated; a gone chunk is a 404', async () => {
    const html = await (await fetch(baseUrl)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const assetResponse = await fetch(new URL(asset ?? '', baseUrl));
    expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(assetResponse.headers.get('content-security-policy')).toBe(HEADER_CSP);
    const standards = await fetch(new URL('standards/index.json', baseUrl));
    expect(standards.headers.get('cache-control')).toBe('no-cache');
    expect(standards.headers.get('content-type')).toContain('application/json');
    const sw = await fetch(new URL('sw.js', baseUrl));
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const gone = await fetch(new URL('assets/PackageView-gammel.js', baseUrl));
    expect(gone.status).toBe(404);
  });

  it('given a script, then it is sent as the build precompressed it; a standard file is compressed on the fly', async () => {
    const { readFileSync, statSync } = await import('node:fs');
    const html = await (await fetch(baseUrl)).text();
    const asset = /src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    const request = { headers: { 'Accept-Encoding': 'gzip' } };
    const response = await fetch(new URL(asset, baseUrl), request);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // gzip_static sends the .gz file as it is, with its length (on-the-fly compression has none).
    const precompressed = `node_modules/.cache/browser-test-dist/${asset}.gz`;
    expect(response.headers.get('content-length')).toBe(String(statSync(precompressed).size));
    expect(await response.text()).toBe(
      readFileSync(`node_modules/.cache/browser-test-dist/${asset}`, 'utf8'),
    );
    const standards = await fetch(new URL('standards/index.json', baseUrl), request);
    expect(standards.headers.get('content-encoding')).toBe('gzip');
    expect(standards.headers.get('vary')).toContain('Accept-Encoding');
  });

  it('given a view in the address, then the server sends that view’s page; any other value gets index.html', async () => {
    const main = async (search: string) =>
      /<main id="indhold"[^>]*>(.*?)<\/main>/s.exec(
        await (await fetch(new URL(search, baseUrl))).text(),
      )?.[1];
    expect(await main('?visning=pakke')).toContain('<h1 id="view-title">Dobbeltkompensation</h1>');
    expect(await main('?visning=frister')).toContain('<h1 id="view-title">Frister i sagen</h1>');
    expect(await main('')).toContain('<h1 id="estimate-title">Estimat af støtte</h1>');
    expect(await main('?visning=..%2F..%2Fetc%2Fpasswd')).toBe('');
    expect(await main('?visning=ukendt')).toBe('');
    // Every page asks for the app's script after its stylesheet and fonts: its frame paints without the script.
    for (const search of ['', '?visning=frister']) {
      const html = await (await fetch(new URL(search, baseUrl))).text();
      expect(html).toMatch(
        /<script type="module" fetchpriority="low" crossorigin src="\/assets\/first-page-[\w-]+\.js">/,
      );
    }
    const page = await fetch(new URL('?visning=rediger', baseUrl));
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toBe(HEADER_CSP);
  });

  it('given the config a municipality copies, then it sends the same policy as the build writes into index.html', async () => {
    const { readFileSync } = await import('node:fs');
    const config = readFileSync('deploy/nginx.conf', 'utf8');
    expect(config).toContain(`add_header Content-Security-Policy "${HEADER_CSP}" always;`);
    expect(HEADER_CSP.startsWith(META_CSP)).toBe(true);
  });
});

describe('the app under its Content-Security-Policy', () => {
  it('given an inline script, then the policy blocks it and the listener reports it (the check can fail)', async () => {
    const { page, cspViolations } = session;
    await page.goto(baseUrl);
    await shellOf(page);
    const before = cspViolations.length;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true;';
      document.body.append(script);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
    expect(cspViolations.length).toBeGreaterThan(before);
    // The deliberate violation is not the app's: forget it, so the file's final check sees only the app.
    cspViolations.splice(before);
  });

  it('given every view, then the app works with no violation', async () => {
    const { page, cspViolations } = session;
    for (const view of ['estimat', 'pakke', 'frister', 'sammenlign']) {
      await page.goto(`${baseUrl}?visning=${view}`);
      expect((await shellOf(page)).navigation).toBe(1);
    }
    // The charts (recharts) and the CSV worker run under the same check in compare.test.ts.
    expect(cspViolations).toEqual([]);
  });
});
