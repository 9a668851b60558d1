// Choice of the interface language (Vietnamese, English, or follow the browser). Its label is written in
// both languages: a reader who cannot read the current one must still find it.
import { useState } from 'preact/hooks';
import { UI_LANGUAGES, type UiLanguage } from '../../src/shared/i18n';
import { useLanguage, useT } from '../i18n';
import { Notice } from './Notice';

export function LanguageSelect() {
  const t = useT();
  const { pref, choose } = useLanguage();
  // The message is worded at render time, so it comes in the language just chosen.
  const [status, setStatus] = useState<{ error?: string } | null>(null);

  const onChange = async (next: UiLanguage) => {
    const error = await choose(next);
    setStatus({ error });
  };

  return (
    <div class="options language">
      <label for="ui-language">{t.language.label}</label>
      <select
        id="ui-language"
        value={pref ?? 'vi'}
        onChange={(e) => void onChange((e.currentTarget as HTMLSelectElement).value as UiLanguage)}
      >
        {UI_LANGUAGES.map((l) => (
          // Each language names itself, so it is recognisable from the other one.
          <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
            {t.language[l]}
          </option>
        ))}
      </select>
      {status && (
        <Notice kind={status.error ? 'error' : 'success'}>
          {status.error ? t.language.failed(status.error) : t.language.saved}
        </Notice>
      )}
    </div>
  );
}
