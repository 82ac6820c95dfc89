/** Reads the JSON files of a standards folder for the build and the check command (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The standards folder the build serves and ships: `standards/` unless the environment variable
 * `SERVICENIVEAU_STANDARDS` names another (the browser tests build with `test/fixtures/standards/`, so
 * the tests never depend on which standards a deployment ships). Relative paths are from `root`.
 */
export function standardsFolderPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SERVICENIVEAU_STANDARDS?.trim();
  return resolve(root, configured ? configured : 'standards');
}

/**
 * The national data folder for a standards folder: its own `national/` where it has one, otherwise the
 * shipped `standards/national/` (the law is the same for every set of municipal standards).
 */
export function nationalFolderPath(root: string, standardsFolder: string): string {
  const own = join(standardsFolder, 'national');
  return existsSync(own) ? own : resolve(root, 'standards', 'national');
}

/** The `*.json` files directly in `folder` (not in subfolders), by name. */
export function readStandardsFolder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(folder)) return files;
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.json')) files.set(name, readFileSync(join(folder, name), 'utf8'));
  }
  return files;
}
