/**
 * DKFDS's footer: "Footeren … indeholder altid ansvarlig myndighed, herunder support- og
 * kontaktinformationer, samt tilgængelighedserklæring og cookieoplysninger." The authority, its contact and
 * the address of the accessibility statement are the deployment's settings (each municipality publishes its
 * own statement in Digitaliseringsstyrelsen's WAS-Tool), passed in, never written here.
 */
import type { ReactNode } from 'react';

export interface FooterSettings {
  authority: string;
  contact: ReactNode;
  /** The address of the accessibility statement, or null when the deployment has not set it. */
  accessibilityStatement: string | null;
}

export function PageFooter({
  settings,
  problem,
}: {
  settings: FooterSettings | null;
  problem: string | null;
}) {
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-6 footer-col">
              <section aria-labelledby="footer-authority">
                <h2 className="h5" id="footer-authority">
                  Ansvarlig myndighed
                </h2>
                {settings ? (
                  <>
                    <p>
                      <strong>{settings.authority}</strong>
                    </p>
                    {settings.contact}
                  </>
                ) : (
                  <p>{problem ?? 'Henter oplysningerne …'}</p>
                )}
              </section>
            </div>
            <div className="col-12 col-md-6 footer-col">
              <section aria-labelledby="footer-about">
                <h2 className="h5" id="footer-about">
                  Om løsningen
                </h2>
                <ul className="unstyled-list footer-links">
                  {settings?.accessibilityStatement ? (
                    <li>
                      <a className="function-link" href={settings.accessibilityStatement}>
                        Tilgængelighedserklæring
                      </a>
                    </li>
                  ) : settings ? (
                    <li>
                      Tilgængelighedserklæring: denne installation har ikke angivet adressen
                      (standards/index.json: deployment.accessibilityStatement).
                    </li>
                  ) : null}
                  <li>
                    Cookies og personoplysninger: appen sætter ingen cookies og gemmer ingen navne eller
                    CPR-numre. Den sender intet ud af huset: standarderne hentes fra denne side, og
                    beregninger sker i browseren.
                  </li>
                </ul>
              </section>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
