// The keyboard shortcuts and context-menu items the Options tab lists. The keys are the manifest's
// suggested keys (a unit test keeps the two in step); the reader may rebind them in the browser, which
// is why the tab says where.
export interface ShortcutInfo {
  /** The manifest command name. */
  command: string;
  keys: string;
  does: string;
}

export const SHORTCUTS: readonly ShortcutInfo[] = [
  { command: '_execute_action', keys: 'Alt+Shift+S', does: 'Mở cửa sổ Soi Tin' },
  { command: 'toggle-highlights', keys: 'Alt+Shift+H', does: 'Ẩn/hiện mọi tô sáng và bảng chú giải trên trang' },
];

/** Where each browser lets the reader change a shortcut. */
export const REBIND_HINT = 'Đổi phím tắt: Chrome — chrome://extensions/shortcuts; Firefox — about:addons → ⚙ → Quản lý phím tắt.';

/** What the right-click menu offers (titles as created by src/background/menus.ts). */
export const MENU_HINT = 'Chuột phải: “Soi Tin: phân tích trang này”; trên đoạn đã chọn: tô sáng hoặc ghi chú.';
