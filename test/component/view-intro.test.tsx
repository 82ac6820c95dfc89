import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shellMarkup, VIEW_INTROS } from '../../scripts/view-shells.ts';
import { ViewLoading } from '../../src/shared/ui/ViewIntro.tsx';

describe('a view while its data load, and the page the server sends for it', () => {
  it.each(VIEW_INTROS.map((intro) => [intro.view, intro] as const))(
    'given the view %s, then React renders exactly the markup of its page',
    (_view, intro) => {
      const { container } = render(<ViewLoading intro={intro} />);
      expect(container.innerHTML).toBe(shellMarkup(intro));
    },
  );
});
