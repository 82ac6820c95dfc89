/**
 * Runs the repository's own `npm run check:standards` script (scripts/check-standards.ts) as a council would,
 * through tsx with this Node, and returns its exit code and everything it printed. One runner for every test
 * that checks a folder or a file with the real command.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export function runCheckStandards(...args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/check-standards.ts'), ...args],
      { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' },
    );
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status: number; stderr: string; stdout: string };
    return { status: failure.status, output: `${failure.stdout}${failure.stderr}` };
  }
}
