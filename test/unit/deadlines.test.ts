import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/domain/case/date-arithmetic.ts';
import {
  type CaseCadence,
  type CaseDates,
  type ComputedDeadline,
  checkCaseDates,
  computeDeadlines,
  deadlineStatus,
  emptyCaseDates,
} from '../../src/domain/case/deadlines.ts';
import { parseNationalText } from '../../src/domain/format/national.ts';
import type { CaseEvent } from '../../src/domain/format/schema.ts';
import { type LawFile, lawFileSchema } from '../../src/domain/law/law.ts';
import { loadShipped } from './shipped.ts';

function loadLaw(): LawFile {
  const text = readFileSync(resolve('standards/national/law.json'), 'utf8');
  const parsed = parseNationalText('law.json', text, lawFileSchema);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.value;
}

const version = loadShipped('randers-3-2019-12-09.json');
const law = loadLaw();

function caseWith(events: Partial<CaseDates['events']>, followUps: string[] = []): CaseDates {
  const dates = emptyCaseDates();
  Object.assign(dates.events, events);
  dates.followUps = followUps;
  return dates;
}

function rows(dates: CaseDates, reference: string, cadence: CaseCadence = null): ComputedDeadline[] {
  return computeDeadlines({ version, law, dates, reference, cadence });
}

function row(list: ComputedDeadline[], key: string): ComputedDeadline {
  const found = list.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}: ${list.map((r) => r.key).join(', ')}`);
  return found;
}

const LABELS: Record<CaseEvent, string> = {
  aware: 'Opmærksom på behov',
  'investigation-finished': 'Undersøgelse afsluttet',
  'decision-made': 'Afgørelse truffet',
  'decision-received': 'Afgørelse modtaget',
  'help-started': 'Støtte iværksat',
  'follow-up-held': 'Opfølgning holdt',
};

describe('the deadlines of the standard (seed 004)', () => {
  it('given no dates, then every deadline of the standard is listed and open, none with a date', () => {
    const list = rows(emptyCaseDates(), '2026-11-25');
    for (const id of [
      'boernefaglig-undersoegelse',
      'afgoerelse',
      'foerste-opfoelgning',
      'loebende-opfoelgning',
    ]) {
      expect(row(list, `${id}#1`).date).toBeNull();
      expect(row(list, `${id}#1`).status.kind).toBe('open');
    }
    // The complaint deadline (seed 001) is national and applies under either law.
    expect(row(list, 'klagefrist#1').status).toEqual({ kind: 'open', waitingFor: 'decision-received' });
  });

  // "Undersøgelsen skal være afsluttet senest 4 måneder efter, at Myndighed børn og unge handicap bliver
  // opmærksom på, at dit barn kan have behov for særlig støtte."
  it('given awareness on 31.10.2023, then the investigation is due 29.02.2024 with the clamp noted, under serviceloven § 50', () => {
    const r = row(rows(caseWith({ aware: '2023-10-31' }), '2024-01-10'), 'boernefaglig-undersoegelse#1');
    expect(r.date).toBe('2024-02-29');
    expect(r.clamped).toBe(true);
    expect(r.status).toEqual({ kind: 'upcoming', days: 50 });
    expect(r.law?.law).toBe('serviceloven');
    expect(r.lawRule?.provision).toEqual({ law: 'serviceloven', paragraph: '50' });
    expect(r.citation.quote).toContain('senest 4 måneder');
    // The deadline runs across 01.01.2024: it counts under serviceloven, and barnets lov holds on its date.
    expect(r.lawOnDeadline?.law).toBe('barnets-lov');
  });

  it('given a deadline that starts and ends under the same law, then no change of law is reported', () => {
    const r = row(rows(caseWith({ aware: '2024-03-01' }), '2024-03-01'), 'boernefaglig-undersoegelse#1');
    expect(r.lawOnDeadline).toBeNull();
  });

  it('given awareness on 01.03.2024, then the law in force is barnets lov § 20, stk. 3', () => {
    const r = row(rows(caseWith({ aware: '2024-03-01' }), '2024-03-01'), 'boernefaglig-undersoegelse#1');
    expect(r.date).toBe('2024-07-01');
    expect(r.lawRule?.provision).toEqual({ law: 'barnets-lov', paragraph: '20', stk: 3 });
  });

  // "Byrådet har besluttet, at når den børnefaglige undersøgelse er afsluttet skal der inden for 2 uger
  // træffes afgørelse" — the municipality's own figure, cited to the standard.
  it('given the investigation finished 22.12.2025 and a decision on 05.01.2026, then the 2 weeks are met on the last day', () => {
    const r = row(
      rows(caseWith({ 'investigation-finished': '2025-12-22', 'decision-made': '2026-01-05' }), '2026-02-01'),
      'afgoerelse#1',
    );
    expect(r.date).toBe('2026-01-05');
    expect(r.status).toEqual({ kind: 'met', on: '2026-01-05' });
    expect(r.setBy).toBe('municipality');
    expect(r.lawRule).toBeNull();
    expect(r.citation.quote).toContain('inden for 2 uger');
  });

  it('given the decision one day after the 2 weeks, then it is met 1 day late', () => {
    const r = row(
      rows(caseWith({ 'investigation-finished': '2025-12-22', 'decision-made': '2026-01-06' }), '2026-02-01'),
      'afgoerelse#1',
    );
    expect(r.status).toEqual({ kind: 'met-late', on: '2026-01-06', daysLate: 1 });
  });

  it('given no decision yet and the reference 10 days after the 2 weeks, then it is overdue by 10 days', () => {
    const r = row(rows(caseWith({ 'investigation-finished': '2026-01-01' }), '2026-01-25'), 'afgoerelse#1');
    expect(r.date).toBe('2026-01-15');
    expect(r.status).toEqual({ kind: 'overdue', days: 10 });
  });

  // "Der skal være opfølgning senest 3 måneder efter opstart og derefter mindst halvårligt"
  it('given help started 30.11.2023 and no follow-up, then the first follow-up is due 29.02.2024 (clamped) under serviceloven § 70', () => {
    const list = rows(caseWith({ 'help-started': '2023-11-30' }), '2024-02-20');
    const r = row(list, 'foerste-opfoelgning#1');
    expect(r.date).toBe('2024-02-29');
    expect(r.clamped).toBe(true);
    expect(r.status).toEqual({ kind: 'due', days: 9 });
    expect(r.lawRule?.provision).toEqual({ law: 'serviceloven', paragraph: '70' });
    // BL § 95 does not apply: the help started under serviceloven.
    expect(list.some((x) => x.id === 'foerste-opfoelgning-bl-95')).toBe(false);
    expect(row(list, 'loebende-opfoelgning#1').status).toEqual({
      kind: 'open',
      waitingFor: 'follow-up-held',
    });
  });

  it('given follow-ups, then the 6 months count again from each one and the last one is open-ended', () => {
    const list = rows(
      caseWith({ 'help-started': '2022-01-10' }, ['2022-04-08', '2022-11-01', '2023-03-01']),
      '2023-05-01',
    );
    expect(row(list, 'foerste-opfoelgning#1').status).toEqual({ kind: 'met', on: '2022-04-08' });
    const first = row(list, 'loebende-opfoelgning#1');
    expect(first.fromDate).toBe('2022-04-08');
    expect(first.date).toBe('2022-10-08');
    expect(first.status).toEqual({ kind: 'met-late', on: '2022-11-01', daysLate: 24 });
    expect(row(list, 'loebende-opfoelgning#2').status).toEqual({ kind: 'met', on: '2023-03-01' });
    const last = row(list, 'loebende-opfoelgning#3');
    expect(last.date).toBe('2023-09-01');
    expect(last.status).toEqual({ kind: 'upcoming', days: 123 });
    // Under serviceloven § 70 the 6 months are the law's.
    expect(last.setBy).toBe('law');
  });

  // sources.md, barnets lov § 95, stk. 3: "Kommunalbestyrelsen skal i forbindelse med den første opfølgning
  // træffe beslutning om den fremadrettede tilrettelæggelse af opfølgningen."
  it('given a follow-up held in 2026 and no cadence given, then the next follow-up has no date and asks for it', () => {
    const r = row(
      rows(caseWith({ 'help-started': '2026-01-05' }, ['2026-03-20']), '2026-04-01'),
      'loebende-opfoelgning#1',
    );
    expect(r.lawRule?.figure).toBe('case');
    expect(r.cadence).toBe('unanswered');
    expect(r.date).toBeNull();
    expect(r.status).toEqual({ kind: 'needs-cadence' });
    expect(r.setByNote).toContain('lokal regel');
  });

  it('given the standard’s 6 months chosen as the local rule, then they count, labelled local', () => {
    const r = row(
      rows(caseWith({ 'help-started': '2026-01-05' }, ['2026-03-20']), '2026-04-01', { kind: 'local' }),
      'loebende-opfoelgning#1',
    );
    expect(r.cadence).toBe('local');
    expect(r.setBy).toBe('municipality');
    expect(r.setByNote).toContain('Standardens 6 måneder bruges som lokal regel');
    expect(r.date).toBe('2026-09-20');
  });

  it('given a cadence of 4 months decided in the case, then each follow-up counts 4 months', () => {
    const list = rows(
      caseWith({ 'help-started': '2026-01-05' }, ['2026-03-20', '2026-07-10']),
      '2026-08-01',
      {
        kind: 'case',
        amount: 4,
        unit: 'months',
      },
    );
    const first = row(list, 'loebende-opfoelgning#1');
    expect(first).toMatchObject({
      setBy: 'case',
      cadence: 'case',
      amount: 4,
      unit: 'months',
      date: '2026-07-20',
    });
    expect(first.status).toEqual({ kind: 'met', on: '2026-07-10' });
    expect(row(list, 'loebende-opfoelgning#2').date).toBe('2026-11-10');
  });

  it('given a cadence in the case but a follow-up under serviceloven, then the law’s 6 months still count', () => {
    const r = row(
      rows(caseWith({ 'help-started': '2022-01-10' }, ['2022-04-08']), '2022-05-01', {
        kind: 'case',
        amount: 2,
        unit: 'weeks',
      }),
      'loebende-opfoelgning#1',
    );
    expect(r).toMatchObject({ setBy: 'law', cadence: null, date: '2022-10-08' });
  });
});

describe('national deadlines (law.json)', () => {
  // domain.md: "§ 95: first follow-up at the end of a parallel investigation or 3 months after start,
  // whichever is first".
  it('given help started 05.01.2026 while the investigation ran until 20.02.2026, then the BL § 95 follow-up is due 20.02.2026', () => {
    const list = rows(
      caseWith({ aware: '2025-12-01', 'help-started': '2026-01-05', 'investigation-finished': '2026-02-20' }),
      '2026-02-10',
    );
    const r = row(list, 'foerste-opfoelgning-bl-95#1');
    expect(r.date).toBe('2026-02-20');
    expect(r.earlierAtApplied).toBe(true);
    expect(r.status).toEqual({ kind: 'due', days: 10 });
    // The standard's own 3 months are still shown beside it.
    expect(row(list, 'foerste-opfoelgning#1').date).toBe('2026-04-05');
  });

  it('given the investigation ended before the help started, then BL § 95 counts 3 months', () => {
    const r = row(
      rows(caseWith({ 'investigation-finished': '2026-01-02', 'help-started': '2026-01-05' }), '2026-02-10'),
      'foerste-opfoelgning-bl-95#1',
    );
    expect(r.date).toBe('2026-04-05');
    expect(r.earlierAtApplied).toBe(false);
  });

  // Seed 001: "skal vi have modtaget klagen senest 4 uger efter, du har modtaget afgørelsen."
  it('given the decision received 20.12.2025, then the complaint deadline is 17.01.2026 and runs out after it', () => {
    const running = row(rows(caseWith({ 'decision-received': '2025-12-20' }), '2026-01-17'), 'klagefrist#1');
    expect(running.date).toBe('2026-01-17');
    expect(running.status).toEqual({ kind: 'running', days: 0 });
    expect(running.citation.source).toBe('kk-efter-kontakt');
    const expired = row(rows(caseWith({ 'decision-received': '2025-12-20' }), '2026-01-18'), 'klagefrist#1');
    expect(expired.status).toEqual({ kind: 'expired', days: 1 });
  });
});

describe('status rules', () => {
  it('given the event on the deadline day, then met; the day after, 1 day late', () => {
    expect(deadlineStatus('2026-01-15', '2026-01-15', '2026-03-01', 'authority').kind).toBe('met');
    expect(deadlineStatus('2026-01-15', '2026-01-16', '2026-03-01', 'authority')).toEqual({
      kind: 'met-late',
      on: '2026-01-16',
      daysLate: 1,
    });
  });
  it('given no event, then due today on the day, overdue the day after, upcoming beyond 14 days', () => {
    expect(deadlineStatus('2026-01-15', null, '2026-01-15', 'authority')).toEqual({ kind: 'due', days: 0 });
    expect(deadlineStatus('2026-01-15', null, '2026-01-16', 'authority')).toEqual({
      kind: 'overdue',
      days: 1,
    });
    expect(deadlineStatus('2026-01-15', null, '2026-01-01', 'authority')).toEqual({ kind: 'due', days: 14 });
    expect(deadlineStatus('2026-01-15', null, '2025-12-31', 'authority')).toEqual({
      kind: 'upcoming',
      days: 15,
    });
  });
});

describe('checking the entered dates', () => {
  it('given the investigation finished before awareness, then the problem names the field', () => {
    const problems = checkCaseDates(
      caseWith({ aware: '2026-02-01', 'investigation-finished': '2026-01-01' }),
      LABELS,
    );
    expect(problems).toEqual([
      { field: 'investigation-finished', message: 'Undersøgelse afsluttet ligger før opmærksom på behov.' },
    ]);
  });
  it('given help started before the investigation finished (provisional help), then that is allowed', () => {
    expect(
      checkCaseDates(
        caseWith({ 'help-started': '2026-01-01', 'investigation-finished': '2026-02-01' }),
        LABELS,
      ),
    ).toEqual([]);
  });
  it('given an empty follow-up entry (not filled in yet), then it is not called a wrong date', () => {
    expect(checkCaseDates(caseWith({}, ['', '2026-03-01']), LABELS)).toEqual([]);
  });
  it('given a follow-up before the help started, then it is reported with its number', () => {
    const problems = checkCaseDates(
      caseWith({ 'help-started': '2026-02-01' }, ['2026-03-01', '2026-01-01']),
      LABELS,
    );
    expect(problems).toEqual([
      { field: 'follow-up-held', index: 1, message: 'Opfølgning holdt nr. 2 ligger før støtte iværksat.' },
    ]);
  });
});

describe('properties', () => {
  const iso = fc
    .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const maybe = fc.option(iso, { nil: null });

  it('given any case dates, then no deadline is before the date it counts from and every status is non-negative', () => {
    fc.assert(
      fc.property(
        maybe,
        maybe,
        maybe,
        maybe,
        maybe,
        fc.array(iso, { maxLength: 4 }),
        iso,
        (a, i, d, r, h, f, ref) => {
          const dates = caseWith(
            {
              aware: a,
              'investigation-finished': i,
              'decision-made': d,
              'decision-received': r,
              'help-started': h,
            },
            f,
          );
          for (const x of rows(dates, ref)) {
            if (x.date === null) {
              // Undated: its start is missing, or barnets lov leaves the cadence to the case and none is given.
              expect(x.status.kind).toBe(
                x.cadence === 'unanswered' && x.fromDate !== null ? 'needs-cadence' : 'open',
              );
              continue;
            }
            if (x.fromDate === null) throw new Error('a dated deadline must have a start');
            expect(daysBetween(x.fromDate, x.date)).toBeGreaterThanOrEqual(0);
            const s = x.status;
            if ('days' in s) expect(s.days).toBeGreaterThanOrEqual(0);
            if (s.kind === 'met-late') expect(s.daysLate).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
