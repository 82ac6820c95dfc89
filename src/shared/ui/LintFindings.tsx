import type { LintFinding } from '../../domain/lint.ts';

/** Lint findings of a standard, warnings first; shown to everybody, never hidden. */
export function LintFindings({
  findings,
  headingId,
  heading,
}: {
  findings: LintFinding[];
  headingId: string;
  heading: string;
}) {
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1,
  );
  return (
    <section aria-labelledby={headingId} className="lint-findings">
      <h2 id={headingId}>{heading}</h2>
      {sorted.length === 0 ? (
        <p>Kontrollen fandt ingen huller, overlap eller åbne grænser.</p>
      ) : (
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
      )}
    </section>
  );
}
