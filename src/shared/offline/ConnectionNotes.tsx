/**
 * Two notes fixed to the bottom of the window (so they never move the page): offline, the date of the copy
 * of the standards the app is using; and, when a new version of the app has been deployed, an offer to
 * reload instead of mixing versions. Loaded only when one is needed (ConnectionWatch.tsx).
 */
import { useEffect, useState } from 'react';
import { standardsUrl } from '../standards/queries.ts';
import { type ServiceWorkerState, STANDARDS_CACHE } from './store.ts';

const DATE_TIME = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });

/** When the kept copy of the standards list was sent by the server (its Date header), or null. */
async function standardsCopyDate(): Promise<Date | null> {
  if (!('caches' in window)) return null;
  const url = standardsUrl('index.json');
  const kept =
    (await (await caches.open(STANDARDS_CACHE)).match(url)) ??
    (await caches.match(url, { ignoreSearch: true }));
  const header = kept?.headers.get('Date');
  const date = header ? new Date(header) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

export function ConnectionNotes({ online, worker }: { online: boolean; worker: ServiceWorkerState }) {
  const [copyDate, setCopyDate] = useState<Date | null | 'unknown'>('unknown');
  useEffect(() => {
    if (online) return;
    let current = true;
    standardsCopyDate()
      .then((date) => current && setCopyDate(date))
      .catch(() => current && setCopyDate(null));
    return () => {
      current = false;
    };
  }, [online]);

  if (online && !worker.updateWaiting) return null;
  return (
    <div className="connection-notes">
      {online ? null : (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">
              <strong>Du er offline.</strong>{' '}
              {copyDate === 'unknown'
                ? 'Appen bruger standarderne, som de var, da de sidst blev hentet.'
                : copyDate === null
                  ? 'Appen bruger standarderne, som de var, da de sidst blev hentet; tidspunktet kendes ikke.'
                  : `Appen bruger standarderne, som de var, da de sidst blev hentet: ${DATE_TIME.format(copyDate)}. Nyere ændringer ses først, når du er online igen.`}
            </p>
          </div>
        </div>
      )}
      {worker.updateWaiting && worker.activate ? (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">
              En ny version af appen er klar. Genindlæs siden for at bruge den; indtil da virker denne version
              som før.
            </p>
            <button type="button" onClick={() => void worker.activate?.()}>
              Genindlæs
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
