import { describe, expect, it } from 'vitest';
import { EARLY_FILES } from '../../src/app/views.ts';
import { NATIONAL_FOLDER } from '../../src/domain/format/national.ts';
import { DOUBLE_COMPENSATION_FILE } from '../../src/domain/package/double-compensation-rules.ts';
import { PURPOSES_FILE } from '../../src/domain/package/purposes.ts';

describe('files a view reads, fetched before its code has loaded', () => {
  it('given the package view, then the early files are exactly the national files its queries read', () => {
    expect([...(EARLY_FILES.pakke ?? [])].sort()).toEqual(
      [`${NATIONAL_FOLDER}/${PURPOSES_FILE}`, `${NATIONAL_FOLDER}/${DOUBLE_COMPENSATION_FILE}`].sort(),
    );
  });
});
