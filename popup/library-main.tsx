// Full-tab library page: the popup's Library component with room to breathe.
import { render } from 'preact';
import { Library } from './components/Library';

const root = document.getElementById('app');
if (root)
  render(
    <main class="app app--page">
      <h1>Thư viện Soi Tin</h1>
      <Library />
    </main>,
    root,
  );
