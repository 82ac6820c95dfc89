/**
 * DKFDS's table in its horizontally scrolling frame (`table--responsive-scroll`): on a narrow screen a wide
 * table scrolls inside the page instead of widening it. The frame is a labelled region reachable by the
 * keyboard, so its scrolling works without a mouse.
 */
import type { ReactNode } from 'react';

export function Table({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by the keyboard (WCAG 2.1.1)
    <section className="table--responsive-scroll" aria-label={label} tabIndex={0}>
      <table className={className}>{children}</table>
    </section>
  );
}
