/** From what is stored to what the domain evaluates: the stored lines matched with the loaded standards. */
import { versionInForce } from '../../domain/format/catalog.ts';
import type { Intervention, Period, StandardVersion, Unit } from '../../domain/format/schema.ts';
import { PER_PERIOD, UNIT_LABEL } from '../../domain/format/units.ts';
import type { Grant } from '../../domain/package/double-compensation.ts';
import type { StoredGrant } from './storage.ts';

/** Per standard, the version in force on the date: what a caseworker can add to a package today. */
export function offeredVersions(versions: readonly StandardVersion[], date: string): StandardVersion[] {
  const keys = [...new Set(versions.map((v) => v.standard.key))];
  return keys
    .map((key) =>
      versionInForce(
        versions.filter((v) => v.standard.key === key),
        date,
      ),
    )
    .filter((v): v is StandardVersion => v !== null)
    .sort(
      (a, b) =>
        a.municipality.localeCompare(b.municipality, 'da') ||
        (a.standard.number ?? 0) - (b.standard.number ?? 0),
    );
}

export interface ResolvedGrant extends Grant {
  stored: StoredGrant;
}

/** Stored lines whose version and intervention are loaded, and those that are not (shown, not dropped). */
export function resolveGrants(
  stored: readonly StoredGrant[],
  versions: readonly StandardVersion[],
): { grants: ResolvedGrant[]; unresolved: StoredGrant[] } {
  const grants: ResolvedGrant[] = [];
  const unresolved: StoredGrant[] = [];
  for (const line of stored) {
    const version = versions.find((v) => v.id === line.versionId);
    const intervention = version?.interventions.find((i) => i.id === line.interventionId);
    if (!version || !intervention) {
      unresolved.push(line);
      continue;
    }
    grants.push({
      id: line.id,
      version,
      intervention,
      amount: line.amount,
      covers: line.covers.filter((c) => intervention.coverOptions.includes(c)),
      stored: line,
    });
  }
  return { grants, unresolved };
}

/** "Timer om ugen", "Døgn om året", "Kroner om måneden". */
export function amountLabel(unit: Unit, period: Period): string {
  const many = UNIT_LABEL[unit].many;
  return `${many.charAt(0).toUpperCase()}${many.slice(1)} ${PER_PERIOD[period]}`;
}

export function frequencyLabel(intervention: Intervention, id: string | null): string | null {
  if (id === null || intervention.measure.kind !== 'frequencies') return null;
  return intervention.measure.options.find((o) => o.id === id)?.label ?? null;
}
