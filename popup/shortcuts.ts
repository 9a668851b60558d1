// The keyboard shortcuts the Options tab lists. The keys are the manifest's suggested keys (a unit test
// keeps the two in step); what each does, where to rebind it and the right-click menu are words of the
// interface, in popup/i18n.ts (options.*), so they follow the reader's language.
export interface ShortcutInfo {
  /** The manifest command name. */
  command: 'open-popup' | 'toggle-highlights';
  /** The manifest's name for the command ('_execute_action' opens the popup). */
  manifestName: string;
  keys: string;
}

export const SHORTCUTS: readonly ShortcutInfo[] = [
  { command: 'open-popup', manifestName: '_execute_action', keys: 'Alt+Shift+S' },
  { command: 'toggle-highlights', manifestName: 'toggle-highlights', keys: 'Alt+Shift+H' },
];
