import type { LintFinding } from '../../domain/format/lint.ts';

/** A list of lint findings, warnings first, each with its severity; `empty` is said when there are none. */
export function FindingList({ findings, empty }: { findings: LintFinding[]; empty: string | null }) {
  if (findings.length === 0) return empty === null ? null : <p>{empty}</p>;
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1,
  );
  return (
    <ul>
      {sorted.map((finding) => (
        <li
          key={`${finding.code}-${finding.interventionId ?? ''}-${finding.levels.join('-')}-${finding.message}`}
        >
          <span className={`badge badge-${finding.severity}`}>
            {finding.severity === 'warning' ? 'Advarsel' : 'Oplysning'}
          </span>{' '}
          {finding.message}
        </li>
      ))}
    </ul>
  );
}

/** Lint findings of a standard under a heading; shown to everybody, never hidden. */
export function LintFindings({
  findings,
  headingId,
  heading,
}: {
  findings: LintFinding[];
  headingId: string;
  heading: string;
}) {
  return (
    <section aria-labelledby={headingId} className="lint-findings">
      <h2 id={headingId}>{heading}</h2>
      <FindingList findings={findings} empty="Kontrollen fandt ingen huller, overlap eller åbne grænser." />
    </section>
  );
}
