// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deferred } from '../../../components/ui/deferred';

describe('Deferred', () => {
  let host: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    vi.useRealTimers();
  });

  it('renders its children one task after it mounts, then updates them in place', () => {
    const view = (text: string) => <div><p id="first">{text}</p><Deferred><p id="later">{text}</p></Deferred></div>;
    act(() => render(view('a'), host));
    expect(host.querySelector('#first')?.textContent).toBe('a');
    expect(host.querySelector('#later')).toBeNull();
    act(() => { vi.runAllTimers(); });
    expect(host.querySelector('#later')?.textContent).toBe('a');
    act(() => render(view('b'), host));
    expect(host.querySelector('#later')?.textContent).toBe('b');
  });

  it('does nothing after it was unmounted before its task', () => {
    act(() => render(<Deferred><p id="later">x</p></Deferred>, host));
    act(() => render(null, host));
    act(() => { vi.runAllTimers(); });
    expect(host.querySelector('#later')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });
});
