/**
 * Builds the app once and serves the build with Debian's nginx under the shipped configuration
 * (scripts/nginx-server.ts: deploy/nginx.conf, only `listen` and `root` replaced) for the browser tests: the
 * tests run against the server a municipality deploys, security headers included. nginx is stopped when the
 * tests end.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveWithNginx } from '../../scripts/nginx-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = resolve(ROOT, 'node_modules/.cache/browser-test-dist');
export const FIXTURE_STANDARDS = resolve(ROOT, 'test/fixtures/standards');

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
  const server = await serveWithNginx(OUT_DIR);
  project.provide('baseUrl', server.url);
  return server.stop;
}
