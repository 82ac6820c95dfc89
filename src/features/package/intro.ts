import type { ViewIntro } from '../../shared/ui/viewIntro.ts';

export const PACKAGE_INTRO: ViewIntro = {
  view: 'pakke',
  headingId: 'view-title',
  heading: 'Dobbeltkompensation',
  text: 'Saml familiens bevillinger fra kvalitetsstandard 1–3 og se, hvor to bevillinger kan betale for det samme. Kommunen skal sikre, at barnet eller familien ikke får hjælp efter forskellige bestemmelser til samme formål og behov. Pakken gemmes kun i denne browser: indsatser, omfang og barnets alder, ingen navne eller CPR-numre.',
  loading: 'Henter standarder og regler …',
};
