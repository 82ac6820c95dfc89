/**
 * The law in force on a decision date, beside a standard version: where the standard cites a provision that
 * is no longer in force (Randers' 2019 standards cite serviceloven § 52; a 2026 decision falls under barnets
 * lov), it says which provision applies then and how sure the mapping is. Data: standards/national/law.json.
 * The region is here; its text (LawInForce.tsx, with the law's schema) loads on demand, started by main.tsx.
 */
import { Suspense } from 'react';
import { isIsoDate } from '../../domain/case/dates.ts';
import { OnDemandHost, onDemand } from '../ui/onDemand.ts';
import type { LawInForceProps } from './LawInForce.tsx';

/** The law file under standards/national/ (lawFile.ts reads it; main.tsx asks for it early). */
export const LAW_FILE = 'law.json';

export const LAW_IN_FORCE = onDemand<LawInForceProps>(() =>
  import('./LawInForce.tsx').then((m) => m.LawInForce),
);

export function LawInForceNotice(props: {
  version: LawInForceProps['version'];
  /** YYYY-MM-DD; nothing is shown for an empty or invalid date. */
  decisionDate: string;
  /** Only the provisions these interventions cite (estimate, package); default: all the version cites. */
  interventionIds?: readonly string[];
}) {
  // A polite live region that is always there, so a warning that appears when the date changes is read out
  // (WCAG 4.1.3). Not role="status": the views that place this notice keep their own status message.
  return (
    <div className="law-in-force-region" aria-live="polite">
      {isIsoDate(props.decisionDate) ? (
        <Suspense fallback={null}>
          <OnDemandHost component={LAW_IN_FORCE} props={props} />
        </Suspense>
      ) : null}
    </div>
  );
}
