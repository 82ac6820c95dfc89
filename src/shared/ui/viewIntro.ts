/**
 * A view's heading and the sentence under it that says what the view does: what the page shows the moment it
 * arrives. One source for the React view and for the page the server sends for the view's address
 * (scripts/view-shells.ts writes them into views/<name>.html at build), so the two cannot drift apart.
 */
/** The views, by the `visning` of their address; the first is the one an address without it opens. */
export const VIEW_NAMES = ['estimat', 'pakke', 'frister', 'sammenlign', 'rediger'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface ViewIntro {
  view: ViewName;
  /** The id of the h1, which the view's section is labelled by. */
  headingId: string;
  heading: string;
  /** The section's class, if the view has one. */
  sectionClass?: string;
  text: string;
  /** The paragraph's class: `no-print` where the print leaves it out. */
  textClass?: string;
  /** What the view says while its data load (a status line under the intro). */
  loading: string;
}
