// Catches a rendering error in a lab and shows it with a way out, never a blank page.
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel banner banner-bad" role="alert">
        <h2>Something went wrong in this lab</h2>
        <p>{error.message}</p>
        <p>
          <a href={location.pathname}>Open the lab with its default settings</a>
        </p>
      </section>
    );
  }
}
