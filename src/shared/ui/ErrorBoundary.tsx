/**
 * Containment: an error while one view renders replaces that view with a message, and the rest of the page
 * (its header, navigation and the other views) keeps working. The app as a whole has one more boundary, so
 * nothing ever leaves the page blank.
 *
 * A view's code is loaded on demand; after a redeploy the old chunk is gone (404) and the import fails. That
 * is not a bug of the view: the message says a new version is out and offers a reload.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** True for the errors browsers and Vite raise when a lazily imported chunk cannot be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
      error.message,
    )
  );
}

function shortMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 300 ? `${text.slice(0, 300)} …` : text;
}

interface Props {
  /** What failed, as the user knows it: "Frister", "Appen". */
  label: string;
  /** The heading level of the fallback's heading: a view's is its page heading (1). */
  headingLevel?: 1 | 2 | 3;
  children: ReactNode;
}

let boundaries = 0;

interface State {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };
  /** Unique per boundary: two failing at once must not share a heading id. */
  private readonly titleId = `error-boundary-${++boundaries}`;

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the browser's console for a developer; nothing is sent anywhere.
    console.error(`Fejl i »${this.props.label}«`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { label, headingLevel = 1 } = this.props;
    const Heading = headingLevel === 1 ? 'h1' : headingLevel === 2 ? 'h2' : 'h3';
    const chunk = isChunkLoadError(this.state.error);
    return (
      <section className="error-boundary" aria-labelledby={this.titleId}>
        <Heading id={this.titleId}>{label}</Heading>
        <div className="alert alert-error" role="alert">
          {chunk ? (
            <p>
              <strong>Der er kommet en ny version af appen.</strong> Visningen »{label}« kunne ikke hentes,
              fordi siden blev åbnet før opdateringen. Genindlæs siden for at bruge den nye version.
            </p>
          ) : (
            <>
              <p>
                <strong>»{label}« kunne ikke vises</strong> på grund af en fejl. Resten af appen virker
                stadig: vælg en anden visning i menuen, eller genindlæs siden.
              </p>
              <p>
                Fejlen: <code>{shortMessage(this.state.error)}</code>
              </p>
            </>
          )}
          <p>
            <button type="button" onClick={() => window.location.reload()}>
              Genindlæs siden
            </button>
            {chunk ? null : (
              <>
                {' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => this.setState({ error: null, failed: false })}
                >
                  Prøv igen
                </button>
              </>
            )}
          </p>
        </div>
      </section>
    );
  }
}
