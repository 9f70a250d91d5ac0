// A dateline names the capital a story is told from, and so whose officials its bare titles name
// ("KINGSTON — Prime Minister X said"), even when a foreign state is named more often.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract';

function officeEdges(text: string): string[] {
  const g = extractGraph([{ id: 'a', title: 'Report', text }]);
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  return g.edges.filter((e) => /(^|_)(of)$/.test(e.relation)).map((e) => `${label.get(e.source)} ${e.relation} ${label.get(e.target)}`);
}

describe('a dateline capital settles whose officials bare titles name', () => {
  it.each([
    [
      'KINGSTON — Prime Minister Andrew Clarke said the storm had flooded half of Jamaica. The United States sent two ships, and the United States will send more.',
      'Andrew Clarke leader_of Jamaica',
      'United States',
    ],
    [
      'KINSHASA — Foreign Minister Felix Mbeki said the Democratic Republic of the Congo would attend. Rwanda has denied the charges and Rwanda rejected the talks.',
      'Felix Mbeki foreign_minister_of Democratic Republic of the Congo',
      'Rwanda',
    ],
    [
      'VIENTIANE — Energy Minister Bounmy Keo said Laos would sell more power. Thailand buys most of it, and Thailand wants a new line.',
      'Bounmy Keo minister_of Laos',
      'Thailand',
    ],
  ])('%s', (text, edge, foreign) => {
    const edges = officeEdges(text);
    expect(edges).toContain(edge);
    expect(edges.some((e) => e.endsWith(foreign))).toBe(false);
  });
});
