import { MANIFEST_FILE } from '../../domain/format/catalog.ts';
import { useStandardCatalog } from '../../shared/standards/queries.ts';

/** Files that could not be loaded, each with its file name, JSON path and message; the rest still work. */
export function CatalogProblems() {
  const catalog = useStandardCatalog();
  const problems = [...catalog.manifestProblems, ...catalog.failed.flatMap((failed) => failed.problems)];
  if (problems.length === 0) return null;
  const files = [...new Set(problems.map((p) => p.file))];
  return (
    <section className="alert alert-error" role="alert" aria-labelledby="catalog-problems-title">
      <h2 id="catalog-problems-title">
        {catalog.status !== 'error' && files.length === 1 && files[0] === MANIFEST_FILE
          ? `Dele af ${MANIFEST_FILE} kunne ikke læses`
          : files.length === 1
            ? `Standardfilen ${files[0]} kunne ikke indlæses`
            : `${files.length} standardfiler kunne ikke indlæses`}
      </h2>
      {catalog.status === 'error' ? (
        <p>Listen over standarder kunne ikke læses, så ingen standarder kan vises.</p>
      ) : (
        <p>De øvrige standarder kan bruges som normalt.</p>
      )}
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.file}${problem.path}${problem.message}`}>
            <code>{problem.file}</code> ved <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
