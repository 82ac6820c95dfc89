import type { ViewIntro } from './viewIntro.ts';

/** A view's heading and intro (viewIntro.ts); its section wraps it, labelled by the heading. */
export function ViewHeading({ intro }: { intro: ViewIntro }) {
  return (
    <>
      <h1 id={intro.headingId}>{intro.heading}</h1>
      <p className={intro.textClass}>{intro.text}</p>
    </>
  );
}

/** The view while its data load: heading, intro and a status line, as the page the server sends shows it. */
export function ViewLoading({ intro }: { intro: ViewIntro }) {
  return (
    <section aria-labelledby={intro.headingId} className={intro.sectionClass}>
      <ViewHeading intro={intro} />
      <p role="status">{intro.loading}</p>
    </section>
  );
}
