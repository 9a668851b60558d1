// The hand-labelled sample article: every gold figure is highlighted with exactly the gold extent, type and
// value (and currency/unit/qualifier where the gold gives them), and nothing else in the article is
// highlighted as a figure.
import { readFileSync } from 'node:fs';
import { FIGURE_TYPES, type Span } from '../../src/core/types';
import { figures } from './figures-helpers';

interface GoldSpan {
  start: number;
  end: number;
  type: string;
  text: string;
  value?: number | string;
  unit?: string;
  currency?: string;
  qualifier?: string;
  optional?: boolean;
}

const seedDir = new URL('../fixtures/seed/', import.meta.url);
const text = readFileSync(new URL('article.txt', seedDir), 'utf8');
const gold = JSON.parse(readFileSync(new URL('gold.json', seedDir), 'utf8')) as { published: string; entities: GoldSpan[] };
const goldFigures = gold.entities.filter((e) => FIGURE_TYPES.includes(e.type as Span['type']));

describe('figures on the seed article', () => {
  const spans = figures(text, gold.published);

  it('the fixture has figures of several types to check', () => {
    expect(gold.published).toBe('2025-11-25');
    expect(new Set(goldFigures.map((g) => g.type)).size).toBeGreaterThanOrEqual(5);
  });

  it('finds every gold figure with its exact text, type and value', () => {
    for (const g of goldFigures) {
      const hit = spans.find((s) => s.start === g.start && s.end === g.end);
      expect(hit, `missing ${g.type} "${g.text}" at ${g.start}`).toBeDefined();
      expect(hit!.text).toBe(g.text);
      expect(hit!.type).toBe(g.type);
      expect(hit!.value).toEqual(g.value);
      if (g.currency) expect(hit!.currency).toBe(g.currency);
      if (g.unit) expect(hit!.unit).toBe(g.unit);
      if (g.qualifier) expect(hit!.qualifier).toBe(g.qualifier);
    }
  });

  it('predicts no figure outside the gold figures', () => {
    const extra = spans.filter((s) => !goldFigures.some((g) => g.start === s.start && g.end === s.end && (g.optional || g.type === s.type)));
    expect(extra.map((s) => `${s.type} "${s.text}" @${s.start}`)).toEqual([]);
  });
});
