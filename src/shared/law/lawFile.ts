/**
 * The law file (standards/national/law.json) and how provisions are written: shared by the views that name
 * the law in force. Not on the first page: the estimate shows the law through LawInForceNotice, whose text
 * loads on demand.
 */
import { useQuery } from '@tanstack/react-query';
import { type Certainty, lawFileSchema, type ProvisionRef } from '../../domain/law/law.ts';
import { nationalFileQueryOptions } from '../standards/queries.ts';
import { formatLegalBasis } from '../ui/Citation.tsx';
import { LAW_FILE } from './LawInForceNotice.tsx';

export const lawFileQueryOptions = () => nationalFileQueryOptions(LAW_FILE, lawFileSchema);

/** The law file is loaded once and shared by every view that names the law in force. */
export function useLawFile() {
  return useQuery(lawFileQueryOptions());
}

/** "barnets lov § 32, stk. 1, nr. 3"; a range is written "§§ 87–88". The one formatter of provisions. */
export const formatProvision: (ref: ProvisionRef) => string = formatLegalBasis;

export const CERTAINTY_LABEL: Record<Certainty, string | null> = {
  stated: null,
  verify: 'skal verificeres',
  inferred: 'udledt, skal verificeres',
};
