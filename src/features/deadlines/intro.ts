import type { ViewIntro } from '../../shared/ui/viewIntro.ts';

export const DEADLINES_INTRO: ViewIntro = {
  view: 'frister',
  headingId: 'view-title',
  heading: 'Frister i sagen',
  sectionClass: 'deadlines-view',
  text: 'Indtast de datoer, sagen har. Appen viser de frister, der følger af standarden og loven, med dato, status og hjemmel. Datoerne gemmes kun i denne fane og forsvinder, når fanen lukkes; de sendes ingen steder hen.',
  textClass: 'no-print',
  loading: 'Henter standarder og lovdata …',
};
