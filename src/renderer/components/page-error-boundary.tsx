/**
 * A page that fails to render shows what went wrong and a way out, instead of blanking the
 * whole window. Keyed by the route, so moving to another page starts afresh. Nothing is lost:
 * every edit lives in the core, not in the page that failed.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { paths } from '../router';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="page-error" role="alert">
        <h1>This page could not be shown</h1>
        <p>Your catalog and your changes are safe; only this view failed.</p>
        <pre className="muted">{error.message}</pre>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>{' '}
          <a className="button" href={paths.products}>
            Go to products
          </a>
        </p>
      </main>
    );
  }
}
