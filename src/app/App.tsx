import { lazy, Suspense } from 'react';
import { CatalogProblems } from '../features/catalog/CatalogProblems.tsx';
import { EstimateView } from '../features/estimate/EstimateView.tsx';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary.tsx';
import { parseAsStringLiteral, useQueryState } from '../shared/url/queryState.ts';

// The estimate is the first page; the other views are loaded when opened. The comparison draws charts
// (recharts, about 105 kB gzipped), which must never weigh on the first page.
const CompareView = lazy(() => import('../features/compare/CompareView.tsx'));
const PackageView = lazy(() =>
  import('../features/package/PackageView.tsx').then((module) => ({ default: module.PackageView })),
);
const DeadlinesView = lazy(() =>
  import('../features/deadlines/DeadlinesView.tsx').then((module) => ({ default: module.DeadlinesView })),
);

const EditorView = lazy(() => import('../features/editor/EditorView.tsx'));

const VIEWS = ['estimat', 'pakke', 'frister', 'sammenlign', 'rediger'] as const;
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
  return (
    <>
      <a className="skip-link" href="#indhold">
        Gå til indhold
      </a>
      <header className="app-header">
        <p className="app-name">Serviceniveau</p>
        <p className="app-tagline">Kvalitetsstandarder for støtte til børn og unge med handicap</p>
        <nav aria-label="Visninger">
          <ul>
            {VIEWS.map((name) => (
              <li key={name}>
                <a
                  href={`?visning=${name}`}
                  aria-current={view === name ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    setView(name);
                  }}
                >
                  {VIEW_LABEL[name]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="indhold" tabIndex={-1}>
        <ErrorBoundary label="Fejl i standardfilerne" headingLevel={2}>
          <CatalogProblems />
        </ErrorBoundary>
        {/* One boundary per view, keyed by it: a failing view shows what failed; choosing another view
            starts afresh. The Suspense sits inside, so a chunk that cannot be fetched is caught too. */}
        <ErrorBoundary key={view} label={VIEW_LABEL[view]}>
          <Suspense fallback={<p role="status">Henter visningen …</p>}>
            {view === 'estimat' && <EstimateView />}
            {view === 'pakke' && <PackageView />}
            {view === 'frister' && <DeadlinesView />}
            {view === 'sammenlign' && <CompareView />}
            {view === 'rediger' && <EditorView />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>
          Appen gemmer ingen navne eller CPR-numre og sender intet ud af huset: standarderne hentes fra denne
          side, og beregninger sker i browseren.
        </p>
      </footer>
    </>
  );
}
