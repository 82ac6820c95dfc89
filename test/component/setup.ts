import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// zod's messages in Danish, as everywhere they are shown (the app loads them where needed).
import '../../src/domain/format/messages-da.ts';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
