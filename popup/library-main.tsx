// Full-tab library page: the popup's Library component with room to breathe, in the reader's language.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { Library } from './components/Library';
import { LanguageProvider, useT } from './i18n';

function LibraryPage() {
  const t = useT();
  useEffect(() => {
    document.title = t.library.pageTitle;
  }, [t]);
  return (
    <main class="app app--page">
      <h1>{t.library.pageTitle}</h1>
      <Library />
    </main>
  );
}

const root = document.getElementById('app');
if (root)
  render(
    <LanguageProvider>
      <LibraryPage />
    </LanguageProvider>,
    root,
  );
