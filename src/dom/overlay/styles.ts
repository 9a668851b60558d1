// Styles of the overlay (legend, hover card, selection toolbar, note editor, flash boxes), applied inside its closed shadow root so the
// page's CSS cannot reach in and ours cannot leak out. Light and dark themes follow prefers-color-scheme.

export const OVERLAY_CSS = `
:host { all: initial; }
.panel, .card { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); box-sizing: border-box; }
:host { --fg: #1d1d1f; --bg: #ffffff; --muted: #5f6368; --border: #d0d4d9; --hover: #f1f3f4; --accent: #1a73e8; }
@media (prefers-color-scheme: dark) {
  :host { --fg: #e8eaed; --bg: #202124; --muted: #a7abb0; --border: #3c4043; --hover: #2d2e31; --accent: #8ab4f8; }
}
.panel { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; width: 220px; padding: 8px; }
.head { display: flex; align-items: center; gap: 6px; }
.brand { font-weight: 600; flex: 1; white-space: nowrap; }
.badge { display: inline-block; margin-top: 4px; font-size: 11px; padding: 1px 8px; border-radius: 10px;
  background: var(--accent); color: var(--bg); }
.panel.collapsed .badge { display: none; }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; padding: 2px 4px; border-radius: 4px; }
button:hover, button:focus-visible { background: var(--hover); outline: none; }
.collapse { width: 22px; }
.types { list-style: none; margin: 6px 0 0; padding: 0; }
.panel.collapsed .types { display: none; }
.types button { display: flex; width: 100%; align-items: center; gap: 6px; text-align: left; }
.types button[aria-checked="false"] { color: var(--muted); }
.types button[aria-checked="false"] .swatch { opacity: .25; }
.swatch { width: 12px; height: 12px; border-radius: 3px; flex: none; }
.label { flex: 1; }
.count { font-variant-numeric: tabular-nums; color: var(--muted); }
.card { position: fixed; z-index: 2147483647; max-width: 320px; padding: 8px 10px; pointer-events: auto; }
.card[hidden] { display: none; }
.entry + .entry { border-top: 1px solid var(--border); margin-top: 6px; padding-top: 6px; }
.type { display: flex; align-items: center; gap: 6px; font-weight: 600; }
.text { margin: 2px 0; }
.detail { color: var(--muted); }
.detail b { color: var(--fg); font-weight: 500; }
.seltools, .editor { position: fixed; z-index: 2147483647; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); box-sizing: border-box; }
.seltools { display: flex; gap: 2px; padding: 3px; }
.seltools[hidden], .editor[hidden], .error[hidden] { display: none; }
.seltools .error { align-self: center; max-width: 220px; }
.editor { width: 300px; padding: 8px 10px; }
.editor textarea { display: block; width: 100%; box-sizing: border-box; margin: 6px 0; font: inherit; color: var(--fg);
  background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 4px 6px; resize: vertical; }
.editor textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 0; }
.actions { display: flex; justify-content: flex-end; gap: 4px; margin-top: 4px; }
button.primary { background: var(--accent); color: var(--bg); }
button.primary:hover, button.primary:focus-visible { background: var(--accent); opacity: .9; }
button.danger { color: #c5221f; }
@media (prefers-color-scheme: dark) { button.danger { color: #f28b82; } }
.error { color: #c5221f; margin-top: 4px; }
@media (prefers-color-scheme: dark) { .error { color: #f28b82; } }
.swatch.user { background: #ffd60a; outline: 1px solid #d49a00; }
.note { margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.flash { position: absolute; z-index: 2147483645; pointer-events: none; border-radius: 3px;
  background: rgba(255, 213, 0, .55); animation: soitin-flash 1.6s ease-out forwards; }
@keyframes soitin-flash { 0%, 40% { opacity: 1; } 100% { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { .flash { animation: none; opacity: .6; } }
`;

/** Adds `css` to a shadow root: a constructed sheet where possible (no inline <style> for CSP), else <style>. */
export function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const Sheet = view?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.includes(sheet)) return;
    }
  } catch {
    // fall back below
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}
