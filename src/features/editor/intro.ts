import type { ViewIntro } from '../../shared/ui/viewIntro.ts';

export const EDITOR_INTRO: ViewIntro = {
  view: 'rediger',
  headingId: 'view-title',
  heading: 'Rediger standard',
  sectionClass: 'editor-view',
  text: 'Skriv eller ret en kvalitetsstandard og eksportér den som en standardfil. Udkast gemmes kun i denne browser.',
  textClass: 'no-print',
  loading: 'Henter standarderne …',
};
