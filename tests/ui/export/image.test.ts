// @vitest-environment jsdom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addSvgLegend, effectiveScale, layoutLegend, legendEntries, shapePoints } from '../../../src/ui/export/image';

describe('image helpers', () => {
  it('builds the legend from the types and colours the canvas actually draws', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: 'node[type = "person"]', style: { 'background-color': '#3a78c9', shape: 'ellipse' } },
        { selector: 'node[type = "state"]', style: { 'background-color': '#d4495e', shape: 'hexagon' } },
        { selector: 'node[type = "event"]', style: { 'background-color': '#6f8d24', shape: 'star' } },
      ],
      elements: [
        { data: { id: 'e', type: 'event' } },
        { data: { id: 'p1', type: 'person' } },
        { data: { id: 'p2', type: 'person' } },
        { data: { id: 's', type: 'state' } },
      ],
    });
    const entries = legendEntries(cy);
    expect(entries.map((e) => [e.label, e.shape])).toEqual([
      ['Person', 'ellipse'],
      ['State', 'hexagon'],
      ['Event', 'star'],
    ]);
    expect(entries[1].colour.replace(/\s/g, '')).toMatch(/^(#d4495e|rgb\(212,73,94\))$/);
    cy.destroy();
  });

  it('adds the legend below the SVG picture as shapes and text, keeping the SVG well-formed', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80"><g><text x="1" y="2">Vladimir Putin</text></g></svg>';
    const out = addSvgLegend(svg, [
      { label: 'Person', colour: '#3a78c9', shape: 'ellipse' },
      { label: 'Military base & <port>', colour: '#8a5cc0', shape: 'triangle' },
    ], 2, 'dark');
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const legend = doc.querySelector('g.legend')!;
    // Below the 80-unit-high picture, which grows by one legend row (2 × (12 + 22 + 12)).
    expect(legend.getAttribute('transform')).toBe('translate(0 80) scale(2)');
    expect(doc.documentElement.getAttribute('height')).toBe(String(80 + 2 * 46));
    expect([...legend.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Person', 'Military base & <port>']);
    expect(legend.querySelector('circle')!.getAttribute('fill')).toBe('#3a78c9');
    expect(legend.querySelector('polygon')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    // The graph's own text is untouched.
    expect(doc.querySelector('svg > g > text')!.textContent).toBe('Vladimir Putin');
  });

  it('lays legend entries out in rows that wrap within the picture width', () => {
    const entries = ['Person', 'State', 'Organisation', 'Military base', 'Place', 'Event'].map((label) => ({ label, colour: '#000', shape: 'ellipse' }));
    const wide = layoutLegend(entries, 2000);
    expect(new Set(wide.items.map((i) => i.y)).size).toBe(1);
    const narrow = layoutLegend(entries, 200);
    expect(new Set(narrow.items.map((i) => i.y)).size).toBeGreaterThan(2);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const item of narrow.items) expect(item.x + 18 + item.entry.label.length * 7.5).toBeLessThanOrEqual(200);
  });

  it('knows the outline of the node shapes the canvas uses', () => {
    expect(shapePoints('ellipse')).toBeNull();
    expect(shapePoints('hexagon')).toHaveLength(6);
    expect(shapePoints('star')).toHaveLength(10);
    expect(shapePoints('round-rectangle')).toHaveLength(4);
  });

  it('keeps the asked scale unless the browser could not draw an image that large', () => {
    expect(effectiveScale(800, 600, 4)).toBe(4);
    expect(effectiveScale(6000, 5000, 4)).toBeCloseTo(Math.sqrt(120_000_000 / 30_000_000), 5);
    expect(effectiveScale(20_000, 100, 1)).toBe(0.8);
    expect(effectiveScale(0, 0, 2)).toBe(2);
  });
});
