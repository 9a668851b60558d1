// @vitest-environment happy-dom
// Keyboard shortcuts: the manifest declares them without clashing with the browsers' own, and the
// popup's Options tab tells the reader the same keys the manifest suggests.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SHORTCUTS } from '../../popup/shortcuts';
import { COMMAND_TOGGLE_HIGHLIGHTS } from '../../src/background/commands';

vi.mock('../../src/platform', () => ({
  platform: { storage: { getOptions: async () => ({ summaryLength: 3, visibleTypes: [] }), setOptions: async (p: object) => p } },
}));

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const locales = ['vi', 'en'].map((l) => JSON.parse(readFileSync(`_locales/${l}/messages.json`, 'utf8')));

/**
 * Shortcuts Chrome or Firefox already use (or that operating systems take) with Alt+Shift, on
 * Windows/Linux/ChromeOS: an extension binding one of them would either never fire or break the other.
 */
const TAKEN = new Set(['Alt+Shift+I', 'Alt+Shift+T', 'Alt+Shift+D', 'Alt+Shift+N', 'Alt+Shift+M', 'Alt+Shift+L', 'Alt+Shift+Tab']);

describe('manifest commands', () => {
  const commands = manifest.commands as Record<string, { suggested_key: { default: string }; description: string }>;

  it('declares the popup and the toggle with distinct, free Alt+Shift keys and localised descriptions', () => {
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', COMMAND_TOGGLE_HIGHLIGHTS].sort());
    const keys = Object.values(commands).map((c) => c.suggested_key.default);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) {
      // Chrome requires Ctrl or Alt; Ctrl+Shift+letter is where the browsers keep their own shortcuts.
      expect(k).toMatch(/^Alt\+Shift\+[A-Z]$/);
      expect(TAKEN.has(k)).toBe(false);
    }
    for (const c of Object.values(commands)) {
      const key = /^__MSG_(\w+)__$/.exec(c.description)![1];
      for (const messages of locales) expect(messages[key]?.message).toEqual(expect.any(String));
    }
    expect(manifest.permissions).toContain('contextMenus');
  });

  it('the Options tab lists exactly the keys the manifest suggests', async () => {
    expect(Object.fromEntries(SHORTCUTS.map((s) => [s.manifestName, s.keys]))).toEqual(
      Object.fromEntries(Object.entries(commands).map(([name, c]) => [name, c.suggested_key.default])),
    );
    const { Options } = await import('../../popup/components/Options');
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<Options />, root);
    });
    await vi.waitFor(() => expect(root.querySelectorAll('kbd').length).toBe(SHORTCUTS.length));
    const items = Array.from(root.querySelectorAll('.shortcuts li')).map((li) => li.textContent);
    expect(items).toContain('Alt+Shift+H Ẩn/hiện mọi tô sáng và bảng chú giải trên trang');
    expect(items).toContain('Alt+Shift+S Mở cửa sổ Soi Tin');
    expect(root.textContent).toContain('chrome://extensions/shortcuts');
    render(null, root);
  });

  it('the Options tab speaks English when the reader chose English', async () => {
    const { Options } = await import('../../popup/components/Options');
    const { LanguageProvider } = await import('../../popup/i18n');
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <LanguageProvider initial="en">
          <Options />
        </LanguageProvider>,
        root,
      );
    });
    await vi.waitFor(() => expect(root.querySelectorAll('kbd').length).toBe(SHORTCUTS.length));
    const items = Array.from(root.querySelectorAll('.shortcuts li')).map((li) => li.textContent);
    expect(items).toContain('Alt+Shift+H Hide/show every highlight and the legend on the page');
    expect(root.querySelector('label')?.textContent).toBe('Sentences in the summary');
    expect(root.querySelector('input[type=range]')?.getAttribute('aria-valuetext')).toBe('3 sentences');
    expect(root.textContent).not.toMatch(/Phím tắt|Số câu/);
    render(null, root);
  });
});
