import type { ViewIntro } from '../../shared/ui/viewIntro.ts';

export const COMPARE_INTRO: ViewIntro = {
  view: 'sammenlign',
  headingId: 'view-title',
  heading: 'Sammenlign versioner',
  sectionClass: 'compare-view',
  text: 'Vælg to eller flere versioner af en standard, eller to kommuners. Du ser forskellene i niveauer, kilder og kontrollens fund, og hvad en ændring betyder for kommunens sager.',
  textClass: 'no-print',
  loading: 'Henter standarderne …',
};
