/** Reads the JSON files of a standards folder for the build and the check command (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `*.json` files directly in `folder` (not in subfolders), by name. */
export function readStandardsFolder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(folder)) return files;
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.json')) files.set(name, readFileSync(join(folder, name), 'utf8'));
  }
  return files;
}
