/** The national files the package needs: the purpose vocabulary and the double-compensation rules. */
import { DOUBLE_COMPENSATION_FILE, rulesFileSchema } from '../../domain/package/double-compensation-rules.ts';
import { PURPOSES_FILE, purposesFileSchema } from '../../domain/package/purposes.ts';
import { nationalFileQueryOptions } from '../../shared/standards/queries.ts';

export const purposesQueryOptions = () => nationalFileQueryOptions(PURPOSES_FILE, purposesFileSchema);
export const rulesQueryOptions = () => nationalFileQueryOptions(DOUBLE_COMPENSATION_FILE, rulesFileSchema);
