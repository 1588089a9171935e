import { render } from 'preact';

render(<main>Pacer</main>, document.getElementById('app') as HTMLElement);
