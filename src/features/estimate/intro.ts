import type { ViewIntro } from '../../shared/ui/viewIntro.ts';

export const ESTIMATE_INTRO: ViewIntro = {
  view: 'estimat',
  headingId: 'estimate-title',
  heading: 'Estimat af støtte',
  text: 'Vælg standard, indsats og vurderet niveau. Du ser standardens omfang pr. uge, måned og år med kilde til hvert tal, og kan kontrollere et foreslået omfang mod niveauet.',
  textClass: 'no-print',
  loading: 'Henter kvalitetsstandarderne …',
};
