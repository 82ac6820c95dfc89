/// <reference types="vitest/config" />
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { META_CSP } from './deploy/csp.ts';
import { holidaysDk } from './scripts/holidays-dk.ts';
import { nationalFolderPath, readStandardsFolder, standardsFolderPath } from './scripts/standards-folder.ts';
import { checkProcessingFolder, PROCESSING_FOLDER } from './src/domain/case/processing-deadlines.ts';
import { checkCatalog } from './src/domain/format/catalog.ts';
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

export default defineConfig({
  plugins: [react(), standardsFolder(), holidaysDk(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false },
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
