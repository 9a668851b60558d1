// Entities grouped by type: one chip per type with its mention count; a chip expands to the distinct
// texts (folded so "Thanh Hóa"/"Thanh Hoá" count as one) with their counts, most frequent first.
import { useState } from 'preact/hooks';
import { describePlace, TYPE_STYLES } from '../../src/core/format';
import { foldKey } from '../../src/core/text/normalize';
import type { EntityType, Span } from '../../src/core/types';
import { useT } from '../i18n';

export interface DistinctEntity {
  text: string;
  count: number;
  /** Extra line (where a place is, what an abbreviation stands for). */
  detail?: string;
}

export interface EntityGroup {
  type: EntityType;
  mentions: number;
  distinct: DistinctEntity[];
}

/** Groups spans of the given types (in that order), dropping types with no span. */
export function groupEntities(spans: Span[], types: readonly EntityType[]): EntityGroup[] {
  const groups: EntityGroup[] = [];
  for (const type of types) {
    const ofType = spans.filter((s) => s.type === type);
    if (ofType.length === 0) continue;
    const byKey = new Map<string, DistinctEntity>();
    for (const s of ofType) {
      const key = foldKey(s.text);
      const seen = byKey.get(key);
      if (seen) seen.count++;
      else byKey.set(key, { text: s.text, count: 1, detail: describePlace(s) ?? s.expansion });
    }
    const distinct = [...byKey.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'vi'));
    groups.push({ type, mentions: ofType.length, distinct });
  }
  return groups;
}

export function EntityGroups(props: { spans: Span[]; types: readonly EntityType[] }) {
  const t = useT();
  const groups = groupEntities(props.spans, props.types);
  const [open, setOpen] = useState<EntityType | null>(null);
  if (groups.length === 0) return <p class="empty">{t.entities.empty}</p>;
  const openGroup = groups.find((g) => g.type === open);
  return (
    <div class="entities">
      <ul class="chips" aria-label={t.entities.byType}>
        {groups.map((g) => {
          const style = TYPE_STYLES[g.type];
          const listId = `entities-${g.type}`;
          return (
            <li key={g.type}>
              <button
                type="button"
                class="chip"
                data-type={g.type}
                style={{ '--chip-color': style.color }}
                aria-expanded={open === g.type}
                aria-controls={listId}
                aria-label={t.entities.chip(t.type(g.type), g.mentions, g.distinct.length)}
                onClick={() => setOpen(open === g.type ? null : g.type)}
              >
                <span class="chip__swatch" aria-hidden="true" />
                {t.type(g.type)}
                <span class="chip__count">{g.mentions}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {openGroup && (
        <ul class="distinct" id={`entities-${openGroup.type}`} aria-label={t.entities.inArticle(t.type(openGroup.type))}>
          {openGroup.distinct.map((d) => (
            <li key={d.text}>
              <span class="distinct__text">{d.text}</span>
              <span class="distinct__count" aria-label={t.entities.times(d.count)}>
                ×{d.count}
              </span>
              {d.detail && <span class="distinct__detail">{d.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
