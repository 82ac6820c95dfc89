/**
 * The page's footer with the deployment's settings (standards/index.json, `deployment`): the responsible
 * authority, how to contact it, and the address of its accessibility statement. A setting that is missing
 * is said to be missing, with where to set it; nothing is filled in for a municipality.
 */

import { useQuery } from '@tanstack/react-query';
import { MANIFEST_FILE } from '../domain/format/catalog.ts';
import { manifestQueryOptions } from '../shared/standards/queries.ts';
import { PageFooter } from '../shared/ui/PageFooter.tsx';

export function AppFooter() {
  const manifest = useQuery(manifestQueryOptions());
  if (manifest.status === 'pending') return <PageFooter settings={null} problem={null} />;
  if (manifest.status === 'error') {
    return (
      <PageFooter
        settings={null}
        problem={`Oplysningerne om den ansvarlige myndighed kunne ikke læses (${MANIFEST_FILE}).`}
      />
    );
  }
  const deployment = manifest.data.deployment;
  if (!deployment) {
    return (
      <PageFooter
        settings={null}
        problem={`Denne installation har ikke angivet sin ansvarlige myndighed (${MANIFEST_FILE}: deployment).`}
      />
    );
  }
  const { authority } = deployment;
  return (
    <PageFooter
      settings={{
        authority: authority.name,
        contact: (
          <ul className="unstyled-list footer-links">
            {authority.url ? (
              <li>
                <a className="function-link" href={authority.url}>
                  {authority.url.replace(/^https:\/\//, '').replace(/\/$/, '')}
                </a>
              </li>
            ) : null}
            {authority.email ? (
              <li>
                <a className="function-link" href={`mailto:${authority.email}`}>
                  {authority.email}
                </a>
              </li>
            ) : null}
            {authority.phone ? <li>Telefon {authority.phone}</li> : null}
          </ul>
        ),
        accessibilityStatement: deployment.accessibilityStatement ?? null,
      }}
      problem={null}
    />
  );
}
