/**
 * Reading the manifest, `standards/index.json`, which names the standard files a deployment publishes and
 * carries its settings. Apart from the catalogue (catalog.ts), so that a page which only lists versions does
 * not carry the schema that reads the manifest.
 */
import { MANIFEST_FILE } from './catalog.ts';
import {
  capProblems,
  deploymentSchema,
  formatJsonPath,
  type Manifest,
  manifestEntrySchema,
  parseWithSchema,
  type SchemaProblem,
} from './schema.ts';

export interface ManifestRead {
  /** The manifest with its readable lines; null when the text is not a manifest at all. */
  manifest: Manifest | null;
  /** Each line or key that could not be read, with its JSON path; the rest is used. */
  problems: SchemaProblem[];
}

/**
 * Reads `index.json` line by line: a bad line (a misspelt key, a path instead of a file name) is reported at
 * its own path and the other lines load; so do bad deployment settings and unknown keys. Only text that is
 * not JSON, or has no list of versions, yields no manifest.
 */
export function readManifest(text: string): ManifestRead {
  const problem = (path: string, message: string): SchemaProblem => ({ file: MANIFEST_FILE, path, message });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { manifest: null, problems: [problem('$', `ugyldig JSON: ${(error as Error).message}`)] };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { manifest: null, problems: [problem('$', 'skal være et objekt med listen "versions"')] };
  }
  const record = json as Record<string, unknown>;
  if (!Array.isArray(record.versions)) {
    return { manifest: null, problems: [problem('$.versions', 'skal være en liste over filer')] };
  }
  const problems: SchemaProblem[] = [];
  for (const key of Object.keys(record)) {
    if (key !== 'versions' && key !== 'deployment') {
      problems.push(problem(formatJsonPath([key]), 'ukendt nøgle; den bruges ikke'));
    }
  }
  const versions: Manifest['versions'] = [];
  const files = new Set<string>();
  record.versions.forEach((entry, index) => {
    const parsed = parseWithSchema(MANIFEST_FILE, entry, manifestEntrySchema);
    if (!parsed.ok) {
      for (const p of parsed.problems) {
        problems.push(problem(`$.versions[${index}]${p.path.slice(1)}`, p.message));
      }
      return;
    }
    if (files.has(parsed.value.file)) {
      problems.push(problem(`$.versions[${index}].file`, `${parsed.value.file} er nævnt mere end én gang`));
      return;
    }
    files.add(parsed.value.file);
    versions.push(parsed.value);
  });
  let deployment: Manifest['deployment'];
  if (record.deployment !== undefined) {
    const parsed = parseWithSchema(MANIFEST_FILE, record.deployment, deploymentSchema);
    if (parsed.ok) deployment = parsed.value;
    else {
      for (const p of parsed.problems) problems.push(problem(`$.deployment${p.path.slice(1)}`, p.message));
    }
  }
  return {
    manifest: deployment === undefined ? { versions } : { deployment, versions },
    problems: capProblems(MANIFEST_FILE, problems),
  };
}
