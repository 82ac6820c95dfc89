/**
 * Serves a built folder with Debian's nginx under the shipped configuration (deploy/nginx.conf, only `listen`
 * and `root` replaced) on a free loopback port: the server a municipality deploys, security headers and gzip
 * included. nginx runs in the foreground as a child of this process, with its config, pid and logs in a
 * temporary folder, and `stop()` ends it by its own pid. The browser tests and `npm run bench` both use it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The shipped site configuration with this run's port and build folder. */
export function siteConfig(port: number, root: string): string {
  const shipped = readFileSync(resolve(ROOT, 'deploy/nginx.conf'), 'utf8');
  const config = shipped
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`);
  if (!config.includes(`listen 127.0.0.1:${port};`) || !config.includes(`root ${root};`)) {
    throw new Error('deploy/nginx.conf has no `listen` or `root` line to set');
  }
  return config;
}

async function waitForServer(url: string, nginx: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped (exit ${nginx.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not answer on ${url}:\n${log()}`);
}

export interface NginxServer {
  /** The server's address, ending in a slash. */
  url: string;
  stop: () => Promise<void>;
}

/** Starts nginx serving `root` (a build folder) under deploy/nginx.conf on a free loopback port. */
export async function serveWithNginx(folder: string): Promise<NginxServer> {
  const root = resolve(folder);
  if (!existsSync(NGINX)) {
    throw new Error(
      `This needs nginx at ${NGINX}: run \`node scripts/ensure-debian-packages.mjs\` (npm test does).`,
    );
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'serviceniveau-nginx-'));
  writeFileSync(join(dir, 'site.conf'), siteConfig(port, root));
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root, workers would switch to `nobody`, who may not read the build under the work tree.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      `  include ${join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const log = () => {
    const file = join(dir, 'error.log');
    // The end of the log: a failing request repeats its error on every attempt.
    return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`.slice(-3000);
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, nginx, log);
  } catch (error) {
    if (nginx.exitCode === null) nginx.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    stop: async () => {
      if (nginx.exitCode === null) {
        const stopped = new Promise((r) => nginx.once('exit', r));
        nginx.kill('SIGQUIT');
        await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
        if (nginx.exitCode === null) nginx.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
