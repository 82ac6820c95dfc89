/**
 * The report of stored items that could not be read: what each was, why, and buttons to download a copy
 * (to send to support or repair by hand) or delete it. Loaded on demand by SetAsideNotice, when there are any.
 */
import { useState } from 'react';
import { downloadText } from '../ui/download.ts';
import type { SetAsideNoticeProps } from './SetAsideNotice.tsx';
import { deleteSetAside, listSetAside, type SetAsideEntry } from './setAside.ts';

export function SetAsideList({ storage, baseKey, title, fileStem }: SetAsideNoticeProps) {
  const [entries, setEntries] = useState<SetAsideEntry[]>(() => listSetAside(storage, baseKey));
  if (entries.length === 0) return null;
  const remove = (key: string) => {
    deleteSetAside(storage, key);
    setEntries(listSetAside(storage, baseKey));
  };
  return (
    <section className="alert alert-warn" aria-label={title}>
      <h2>{title}</h2>
      <p>
        Det, der ikke kunne læses, er lagt til side i denne browser, og resten virker som normalt. Hent en
        kopi, hvis du vil gemme den, og slet den derefter.
      </p>
      <ul>
        {entries.map((entry, index) => (
          <li key={entry.key}>
            <strong>{entry.what}</strong>: {entry.reason}.{' '}
            <button
              type="button"
              className="secondary"
              aria-label={`Hent kopi af ${entry.what}`}
              onClick={() =>
                downloadText(
                  `${fileStem}-lagt-til-side-${index + 1}.json`,
                  `${JSON.stringify({ hvad: entry.what, fejl: entry.reason, tidspunkt: entry.at, indhold: entry.raw }, null, 2)}\n`,
                  'application/json',
                )
              }
            >
              Hent kopi
            </button>{' '}
            <button
              type="button"
              className="secondary"
              aria-label={`Slet ${entry.what}`}
              onClick={() => remove(entry.key)}
            >
              Slet
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
