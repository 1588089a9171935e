import { Component, type ComponentChildren } from 'preact';

/**
 * Renders its children one task after it first mounts. The sidebar's first report builds its KPI
 * cards, goals and talking points at once: 15-20 ms of rendering in one task of the CRM's page,
 * which a busy 2-core machine stretched past 50 ms (issue #7, `npm run bench` host). Sections in a
 * Deferred come in the next task; once shown, they update in place like any other.
 */
export class Deferred extends Component<{ children: ComponentChildren }, { shown: boolean }> {
  override state = { shown: false };
  #timer: ReturnType<typeof setTimeout> | undefined;

  override componentDidMount(): void {
    this.#timer = setTimeout(() => this.setState({ shown: true }), 0);
  }

  override componentWillUnmount(): void {
    clearTimeout(this.#timer);
  }

  override render(): ComponentChildren {
    return this.state.shown ? this.props.children : null;
  }
}
