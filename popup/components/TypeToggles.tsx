// One checkbox per type: shows or hides that type's highlights on the page.
import { TYPE_STYLES } from '../../src/core/format';
import { useT } from '../i18n';
import { ENTITY_TYPES, type EntityType } from '../../src/core/types';

export function TypeToggles(props: { visible: ReadonlySet<EntityType>; onToggle: (type: EntityType, visible: boolean) => void }) {
  const tr = useT();
  return (
    <fieldset class="toggles">
      <legend>{tr.toggles.legend}</legend>
      {ENTITY_TYPES.map((t) => (
        <label key={t} class="toggle">
          <input
            type="checkbox"
            checked={props.visible.has(t)}
            onChange={(e) => props.onToggle(t, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="swatch" style={{ '--chip-color': TYPE_STYLES[t].color }} aria-hidden="true" />
          {tr.type(t)}
        </label>
      ))}
    </fieldset>
  );
}
