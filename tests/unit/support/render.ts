// Rendering Preact components in happy-dom for the popup tests: mount into a fresh container, then let
// pending promises and zero-delay timers run inside act() until the UI shows what a test waits for.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders `node` into a new <div> appended to the body; returns the container. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(() => {
    render(node, container);
  });
  return container;
}

/** Lets pending work run inside act() until `cond` holds (bounded by rounds, not by time). */
export async function until(cond: () => boolean, rounds = 100): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (cond()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
  if (!cond()) throw new Error('condition never became true');
}
