/**
 * Builds the app once and serves the build with `vite preview` on a free loopback port, for the browser
 * tests. The server is started in this process, so the server under test is the one we started.
 */
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = resolve(ROOT, 'node_modules/.cache/browser-test-dist');
export const FIXTURE_STANDARDS = resolve(ROOT, 'test/fixtures/standards');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // Vitest runs with NODE_ENV=test; the browser tests check the production build a user gets.
  const nodeEnv = process.env.NODE_ENV;
  const standards = process.env.SERVICENIVEAU_STANDARDS;
  process.env.NODE_ENV = 'production';
  // The tests use the fixture standards, never the shipped ones: a council adding a file keeps them green.
  process.env.SERVICENIVEAU_STANDARDS = FIXTURE_STANDARDS;
  try {
    await build({
      root: ROOT,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: OUT_DIR, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (standards === undefined) delete process.env.SERVICENIVEAU_STANDARDS;
    else process.env.SERVICENIVEAU_STANDARDS = standards;
  }
  const port = await freePort();
  server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
  };
}
