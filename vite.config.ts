/// <reference types="vitest/config" />
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { META_CSP } from './deploy/csp.ts';
import { holidaysDk } from './scripts/holidays-dk.ts';
import { nationalFolderPath, readStandardsFolder, standardsFolderPath } from './scripts/standards-folder.ts';
import { VIEW_INTROS, viewPage } from './scripts/view-shells.ts';
import { checkProcessingFolder, PROCESSING_FOLDER } from './src/domain/case/processing-deadlines.ts';
import { checkCatalog } from './src/domain/format/catalog-check.ts';
import { checkNationalData, NATIONAL_FOLDER } from './src/domain/format/national.ts';

const ROOT = import.meta.dirname;
/** `standards/`, or the folder named by SERVICENIVEAU_STANDARDS (the browser tests use the fixtures). */
const STANDARDS = standardsFolderPath(ROOT);
const NATIONAL = nationalFolderPath(ROOT, STANDARDS);

/**
 * Serves `standards/` at /standards/ in development and copies it into the build, after validating every
 * file with the app's own schema. The files stay data: a deployed site takes a new version by adding its
 * file and a line in standards/index.json, with no rebuild.
 */
function standardsFolder(): Plugin {
  return {
    name: 'serviceniveau-standards',
    configureServer(server) {
      server.middlewares.use('/standards', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\/+/, '');
        const path = name.startsWith(`${NATIONAL_FOLDER}/`)
          ? join(NATIONAL, name.slice(NATIONAL_FOLDER.length + 1))
          : join(STANDARDS, name);
        if (!/^(national\/|processing-deadlines\/)?[A-Za-z0-9._-]+\.json$/.test(name) || !existsSync(path))
          return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(path).pipe(res);
      });
    },
    generateBundle() {
      const files = readStandardsFolder(STANDARDS);
      const national = readStandardsFolder(NATIONAL);
      // A deployment may publish no processing deadlines: then the folder is simply absent.
      const processingFolder = join(STANDARDS, PROCESSING_FOLDER);
      const processing = existsSync(processingFolder)
        ? readStandardsFolder(processingFolder)
        : new Map<string, string>();
      const check = checkCatalog(files);
      const errors = [
        ...check.problems,
        ...check.files.flatMap((file) => file.problems),
        ...checkNationalData(national),
        ...(processing.size > 0 ? checkProcessingFolder(processing).problems : []),
      ];
      if (errors.length > 0) {
        this.error(
          `Standardfilerne er ugyldige:\n${errors.map((p) => `  ${p.file} ${p.path}: ${p.message}`).join('\n')}`,
        );
      }
      for (const [name, text] of files) {
        this.emitFile({ type: 'asset', fileName: `standards/${name}`, source: text });
      }
      for (const [name, text] of national) {
        this.emitFile({ type: 'asset', fileName: `standards/${NATIONAL_FOLDER}/${name}`, source: text });
      }
      for (const [name, text] of processing) {
        this.emitFile({ type: 'asset', fileName: `standards/${PROCESSING_FOLDER}/${name}`, source: text });
      }
    },
  };
}

/**
 * The built index.html carries the Content-Security-Policy as its first <meta>, so the app is protected even
 * on a server that sends no header. Only in the build: the dev server's hot reload needs inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'serviceniveau-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The app's script is asked for at low priority. The page paints its frame (header, tabs, the view's heading
 * and intro) from the HTML, the stylesheet and the fonts alone, so those go first and the first paint never
 * waits for the script, which follows at once. (Lighthouse counted the script in the first paint: about 1.8 s
 * against 1.2 s without it.)
 */
function entryScriptAfterStyles(): Plugin {
  return {
    name: 'serviceniveau-entry-script-priority',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // The script of the first page's chunk (firstPageChunk, below), which holds the entry.
        const tags =
          html.match(/<script type="module" crossorigin src="\/assets\/first-page-[\w-]+\.js">/g) ?? [];
        if (tags.length !== 1) throw new Error('index.html should have one script of the first-page chunk');
        const tag = tags[0] as string;
        return html.replace(
          tag,
          tag.replace('<script type="module"', '<script type="module" fetchpriority="low"'),
        );
      },
    },
  };
}

/**
 * Writes `NAME.gz` beside every script, stylesheet and SVG under assets/, compressed once at the highest
 * level, for nginx's gzip_static (deploy/nginx.conf): the first page's script is 104 kB so, against 123 kB at
 * nginx's default level 1, and costs no compression per request. Only assets/: their names are hashed, so a
 * .gz can never be older than its file. The standards are edited in place and are compressed on the fly.
 */
function precompressAssets(): Plugin {
  return {
    name: 'serviceniveau-precompress-assets',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!/^assets\/.+\.(?:js|css|svg)$/.test(fileName)) continue;
        const source = output.type === 'chunk' ? output.code : output.source;
        const gz = gzipSync(source, { level: constants.Z_BEST_COMPRESSION });
        writeFileSync(join(dir, `${fileName}.gz`), gz);
      }
    },
  };
}

/** Writes views/<name>.html, each view's own page (scripts/view-shells.ts), from the built index.html. */
function viewPages(): Plugin {
  return {
    name: 'serviceniveau-view-pages',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') this.error('the build has no index.html to write the views from');
        const html = String(index.source);
        for (const intro of VIEW_INTROS) {
          this.emitFile({
            type: 'asset',
            fileName: `views/${intro.view}.html`,
            source: viewPage(html, intro),
          });
        }
      },
    },
  };
}

const ENTRY = join(ROOT, 'src/app/main.tsx');
let firstPage: Set<string> | null = null;
function firstPageChunk(
  id: string,
  meta: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null },
): string | null {
  if (!firstPage) {
    firstPage = new Set();
    const stack = [ENTRY];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (firstPage.has(next)) continue;
      firstPage.add(next);
      stack.push(...(meta.getModuleInfo(next)?.importedIds ?? []));
    }
  }
  // zod's index reaches every locale; the app uses one (messages-da.ts), loaded on demand: left to the chunk
  // that uses it, not forced onto the first page.
  if (id.includes('/zod/v4/locales/')) return null;
  return firstPage.has(id) ? 'first-page' : null;
}
/** Forgets the first page's modules when a build starts (one process may build more than once). */
const firstPageReset: Plugin = {
  name: 'serviceniveau-first-page-reset',
  buildStart() {
    firstPage = null;
  },
};

export default defineConfig({
  plugins: [
    react(),
    standardsFolder(),
    holidaysDk(),
    contentSecurityPolicy(),
    entryScriptAfterStyles(),
    viewPages(),
    precompressAssets(),
    firstPageReset,
    // Offline after the first visit. The worker is src/sw.ts; the page registers it from its own bundle
    // (src/shared/offline/register.ts), never by an inline script, so a strict CSP holds. sw.js and
    // manifest.webmanifest are served from the app's own origin.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Serviceniveau',
        short_name: 'Serviceniveau',
        description: 'Kvalitetsstandarder for støtte til børn og unge med handicap',
        lang: 'da',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#ffffff',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      injectManifest: {
        // The manifest and its icon are added by the plugin itself.
        globPatterns: ['**/*.{js,css,html,woff2,json}'],
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
    }),
  ],
  css: {
    preprocessorOptions: {
      // DKFDS 11's sources use Sass features that Sass now warns about; they are its, not ours.
      scss: {
        silenceDeprecations: ['if-function', 'global-builtin', 'import', 'color-functions', 'slash-div'],
      },
    },
  },
  build: {
    target: 'es2022',
    // Every browser the app supports has <link rel="modulepreload">: no polyfill on the first page.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // DKFDS's stylesheet names placeholder logos the app never shows: files, not bytes inlined in the CSS.
    assetsInlineLimit: (file) => (file.endsWith('.png') ? false : undefined),
    rolldownOptions: {
      output: {
        // Everything the first page runs (the entry's static imports) in one chunk: one file compresses
        // better than the ten small shared chunks the default splitting makes. Views loaded on demand keep
        // their own chunks and import what they share from this one.
        manualChunks: firstPageChunk,
      },
    },
  },
  preview: { strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
