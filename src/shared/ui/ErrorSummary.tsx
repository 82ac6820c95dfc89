/**
 * DKFDS's error summary: "Vis en fejlopsummering når der er fejl i noget af det brugeren har indtastet, også
 * hvis der kun er én fejl på siden." Each error links to its field; following the link focuses the field
 * and shows its label. It does not take focus itself: the app checks as the user types.
 */
export interface SummaryError {
  /** The id of the field (or fieldset) the error is about. */
  fieldId: string;
  message: string;
}

export function ErrorSummary({
  errors,
  heading = 'Der er problemer',
  headingLevel = 2,
}: {
  errors: readonly SummaryError[];
  heading?: string;
  headingLevel?: 2 | 3;
}) {
  if (errors.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="alert alert-error error-summary" role="alert">
      <div className="alert-body">
        <Heading className="alert-heading">{heading}</Heading>
        <ul className="alert-text nobullet-list">
          {errors.map((error) => (
            <li key={`${error.fieldId}-${error.message}`}>
              <a
                href={`#${error.fieldId}`}
                className="function-link"
                onClick={(event) => {
                  const target = document.getElementById(error.fieldId);
                  if (!target) return;
                  event.preventDefault();
                  const field = target.matches('input, select, textarea')
                    ? target
                    : target.querySelector<HTMLElement>('input, select, textarea');
                  (target.closest('.form-group') ?? target).scrollIntoView?.({ block: 'start' });
                  (field ?? target).focus({ preventScroll: true });
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
