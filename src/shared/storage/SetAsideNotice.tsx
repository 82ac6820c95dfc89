/**
 * Where a page reports stored items that could not be read. Shown wherever such copies exist, not only on
 * the load that made them. The report itself (SetAsideList.tsx, with setAside.ts) loads only when there is
 * one: this looks at the storage's keys, and again whenever a copy is set aside after the page rendered.
 */
import { Suspense, useSyncExternalStore } from 'react';
import { OnDemandHost, onDemand } from '../ui/onDemand.ts';
import { hasSetAside, setAsideSnapshot, subscribeSetAside } from './storedList.ts';

export interface SetAsideNoticeProps {
  storage: Storage | undefined;
  baseKey: string;
  /** The heading, e.g. "Dele af den gemte pakke kunne ikke læses". */
  title: string;
  /** The downloaded file's name starts with this, e.g. "pakke". */
  fileStem: string;
}

const SET_ASIDE_LIST = onDemand<SetAsideNoticeProps>(() =>
  import('./SetAsideList.tsx').then((m) => m.SetAsideList),
);

export function SetAsideNotice(props: SetAsideNoticeProps) {
  const count = useSyncExternalStore(subscribeSetAside, setAsideSnapshot);
  if (!hasSetAside(props.storage, props.baseKey)) return null;
  return (
    <Suspense fallback={null}>
      {/* Keyed by the count: a copy set aside later is listed, as it was when the list read on mounting. */}
      <OnDemandHost key={count} component={SET_ASIDE_LIST} props={props} />
    </Suspense>
  );
}
