// A message line: errors are announced (role=alert), everything else politely (role=status).
import type { ComponentChildren } from 'preact';

export function Notice(props: { kind?: 'info' | 'error' | 'success'; children: ComponentChildren }) {
  const kind = props.kind ?? 'info';
  return (
    <p class={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </p>
  );
}
