import { Component, type ReactNode } from 'react';
import { BootErrorScreen } from './boot-screens';

/** A rendering error shows its reason, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) return <BootErrorScreen reason={this.state.error.message} />;
    return this.props.children;
  }
}
