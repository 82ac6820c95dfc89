/**
 * The app's views and what shows that a view's figures are on screen: an element whose text is computed
 * from the standards (a table of figures, or the result heading that appears with them). Shared by the
 * bench (time to figures) and the browser tests (offline reload, layout shift, screenshots).
 */
export interface ViewProbe {
  /** The `visning` of the URL. */
  view: 'estimat' | 'pakke' | 'frister' | 'sammenlign' | 'rediger';
  label: string;
  /** CSS selector and the start of the text of the element that carries the figures. */
  selector: string;
  text: string;
}

/** The first page: the level's range per week, month and year. */
export const ESTIMATE_PROBE: ViewProbe = {
  view: 'estimat',
  label: 'Estimat',
  selector: 'caption',
  text: 'Omfang pr. uge, måned og år',
};

export const VIEW_PROBES: readonly ViewProbe[] = [
  ESTIMATE_PROBE,
  { view: 'pakke', label: 'Dobbeltkompensation', selector: 'h2', text: 'Mulig dobbeltkompensation' },
  { view: 'frister', label: 'Frister', selector: 'caption', text: 'Frister efter' },
  { view: 'sammenlign', label: 'Sammenlign versioner', selector: 'h2', text: 'Kontrol af' },
  { view: 'rediger', label: 'Rediger standard', selector: 'h2', text: 'Start et udkast' },
];

/**
 * In the page, as a function (a strict CSP forbids evaluating strings): whether the probe's element is there
 * and visible. Written as one arrow, with nothing it needs from outside, so it serialises as it is.
 */
export const probeVisible = (probe: { selector: string; text: string }): boolean =>
  [...document.querySelectorAll(probe.selector)].some(
    (e) => (e.textContent || '').trim().startsWith(probe.text) && e.getClientRects().length > 0,
  );
