import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../src/graph/model';
import { entityCountsByArticle } from '../../../src/ui/corpus';

const node = (id: string, articleIds: string[]): GraphNode => ({
  id, type: 'person', label: id, aliases: [id], mentions: articleIds.map((articleId, i) => ({ articleId, start: i, end: i + 1 })),
});

describe('entityCountsByArticle', () => {
  it('counts distinct entities per article, zero for an article with none', () => {
    const counts = entityCountsByArticle({
      articles: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }],
      nodes: [node('x', ['a', 'a', 'b']), node('y', ['a']), node('z', ['b'])],
    });
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 2, c: 0 });
  });
});
