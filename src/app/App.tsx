import { Suspense } from 'react';
import { EstimateView } from '../features/estimate/EstimateView.tsx';
import { ConnectionWatch } from '../shared/offline/ConnectionWatch.tsx';
import { useDeployment } from '../shared/standards/queries.ts';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary.tsx';
import { NavTabs } from '../shared/ui/NavTabs.tsx';
import { OnDemandHost, onDemand } from '../shared/ui/onDemand.ts';
import { PageHeader } from '../shared/ui/PageHeader.tsx';
import { VIEW_NAMES } from '../shared/ui/viewIntro.ts';
import { parseAsStringLiteral, useQueryState } from '../shared/url/queryState.ts';
import { ON_DEMAND } from './views.ts';

// The estimate is the first page; the other views are loaded on demand (views.ts), prefetched when the
// browser is idle. The comparison draws charts (recharts, about 105 kB gzipped), which must never weigh on
// the first page.
export const FOOTER = onDemand(() => import('./AppFooter.tsx').then((m) => m.AppFooter));
// Files that failed to load: rare, so not on the first page; loaded while the standards are (main.tsx).
export const CATALOG_PROBLEMS = onDemand(() =>
  import('../features/catalog/CatalogProblems.tsx').then((m) => m.CatalogProblems),
);

const VIEWS = VIEW_NAMES;
const VIEW_PARAM = parseAsStringLiteral(VIEWS).withDefault('estimat');
type View = (typeof VIEWS)[number];
const VIEW_LABEL: Record<View, string> = {
  estimat: 'Estimat',
  pakke: 'Dobbeltkompensation',
  frister: 'Frister',
  sammenlign: 'Sammenlign versioner',
  rediger: 'Rediger standard',
};

export function App() {
  const [view, setView] = useQueryState('visning', VIEW_PARAM, { history: 'push' });
  const deployment = useDeployment();
  const onDemand = view === 'estimat' ? null : ON_DEMAND[view];
  return (
    <>
      <a className="skip-link" href="#indhold">
        Gå til indhold
      </a>
      <PageHeader
        title="Serviceniveau"
        homeHref="?visning=estimat"
        authority={deployment?.authority.name ?? null}
      >
        <div className="container">
          <NavTabs
            label="Visninger"
            className="app-nav"
            tabs={VIEWS.map((name) => ({
              href: `?visning=${name}`,
              label: VIEW_LABEL[name],
              current: view === name,
              onSelect: () => setView(name),
            }))}
          />
        </div>
      </PageHeader>
      <main id="indhold" tabIndex={-1} className="container">
        <ErrorBoundary label="Fejl i standardfilerne" headingLevel={2}>
          <Suspense fallback={null}>
            <OnDemandHost component={CATALOG_PROBLEMS} props={{}} />
          </Suspense>
        </ErrorBoundary>
        {/* One boundary per view, keyed by it: a failing view shows what failed; choosing another view
            starts afresh. The Suspense sits inside, so a chunk that cannot be fetched is caught too. */}
        <ErrorBoundary key={view} label={VIEW_LABEL[view]}>
          {onDemand === null ? (
            <EstimateView />
          ) : (
            <Suspense fallback={<p role="status">Henter visningen …</p>}>
              <OnDemandHost component={onDemand} props={{}} />
            </Suspense>
          )}
        </ErrorBoundary>
      </main>
      {/* Below the fold (main fills the window): loaded on demand, painted meanwhile by index.html. */}
      <Suspense fallback={null}>
        <OnDemandHost component={FOOTER} props={{}} />
      </Suspense>
      <ConnectionWatch />
    </>
  );
}
