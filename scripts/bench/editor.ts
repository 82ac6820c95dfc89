/**
 * The editor with 250 drafts in the browser's storage: reading them back, checking them all for the list
 * (schema + lint), and what one keystroke costs (one draft changed, re-checked and serialised for storage,
 * the other 249 answered from the per-draft cache).
 */
import { readFileSync } from 'node:fs';
import { checkDraft, type Draft, editDraft, parseStoredDraft } from '../../src/domain/editor/draft.ts';
import { startNewVersion } from '../../src/domain/editor/start.ts';
import { parseStandardText } from '../../src/domain/format/schema.ts';
import { type BenchResult, medianMs, ms } from './measure.ts';

const N = 250;
const UPPER = ['interventions', 2, 'measure', 'levels', 2, 'upper', 'value'] as const;

export async function run(): Promise<BenchResult[]> {
  const text = readFileSync('standards/randers-3-2019-12-09.json', 'utf8');
  const parsed = parseStandardText('randers-3-2019-12-09.json', text);
  if (!parsed.ok) throw new Error('shipped standard does not parse');
  const now = '2026-01-05T10:00:00.000Z';
  const make = (): Draft[] => {
    const drafts: Draft[] = [];
    for (let i = 0; i < N; i++) {
      drafts.push(
        startNewVersion(parsed.value, `k${i}`, '2026-01-05', now, { shipped: [parsed.value.id], drafts })
          .draft,
      );
    }
    return drafts;
  };
  const stored = make().map((d) => JSON.stringify(d));
  const load = medianMs(() => {
    for (const raw of stored) parseStoredDraft(raw);
  }, 5);
  const fresh = Array.from({ length: 6 }, make);
  let round = 0;
  const listAll = medianMs(() => {
    for (const draft of fresh[round++ % fresh.length] ?? []) checkDraft(draft);
  }, 5);
  let drafts = make();
  for (const draft of drafts) checkDraft(draft);
  let value = 84;
  const keystroke = medianMs(() => {
    value = value === 84 ? 108 : 84;
    const changed = editDraft(drafts[0] as Draft, UPPER, value, now);
    drafts = [changed, ...drafts.slice(1)];
    for (const draft of drafts) checkDraft(draft);
    JSON.stringify(changed);
  }, 21);
  return [
    { name: `read ${N} stored drafts back`, value: ms(load) },
    { name: `check ${N} drafts for the list (first render)`, value: ms(listAll), note: 'schema + lint each' },
    {
      name: `one edit with ${N} drafts listed`,
      value: ms(keystroke),
      note: 'edit, re-check the changed draft, 249 from cache, serialise one',
    },
  ];
}
