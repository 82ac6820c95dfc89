/**
 * DKFDS's header: the solution's title and the responsible authority (`solution-info`). No portal logo and
 * no log-in: the app has no users. The authority comes from the deployment's settings, never from code.
 */
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  homeHref,
  authority,
  children,
}: {
  title: string;
  homeHref: string;
  /** The responsible authority, or null while the settings load or when they cannot be read. */
  authority: string | null;
  children?: ReactNode;
}) {
  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <a href={homeHref}>{title}</a>
          </div>
          <div className="additional-info">
            <p>
              <strong className="authority-name">{authority ?? '\u00a0'}</strong>
            </p>
            <p>Kvalitetsstandarder for støtte til børn og unge med handicap</p>
          </div>
        </div>
      </div>
      {children}
    </header>
  );
}
