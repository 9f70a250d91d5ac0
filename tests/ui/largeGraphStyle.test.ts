// The large-graph drawing rules, checked on Cytoscape's computed styles (headless, no canvas).
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH } from '../../src/ui/canvas/layouts';
import { rendererOptions } from '../../src/ui/canvas/rendererOptions';
import { graphStylesheet } from '../../src/ui/canvas/stylesheet';

function graph(large: boolean) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStylesheet('light', large),
    elements: [
      { data: { id: 'hub', label: 'Vladimir Putin', type: 'person', size: 80 } },
      { data: { id: 'minor', label: 'Hmeimim', type: 'base', size: 26 }, classes: 'minor' },
      { data: { id: 'e', source: 'hub', target: 'minor', label: 'visits', relation: 'visits', width: 2 } },
    ],
  });
}

describe('large-graph drawing', () => {
  it('labels only major entities, with straight arrowless edges, until the user focuses or selects', () => {
    const cy = graph(true);
    const minor = cy.getElementById('minor');
    const edge = cy.getElementById('e');
    expect(cy.getElementById('hub').style('label')).toBe('Vladimir Putin');
    expect(minor.style('label')).toBe('');
    expect(edge.style('label')).toBe('');
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('target-arrow-shape')).toBe('none');

    cy.elements().addClass('focus');
    expect(minor.style('label')).toBe('Hmeimim');
    expect(edge.style('label')).toBe('visits');
    expect(edge.style('curve-style')).toBe('bezier');
    expect(edge.style('target-arrow-shape')).toBe('triangle');

    cy.elements().removeClass('focus');
    minor.select();
    edge.select();
    expect(minor.style('label')).toBe('Hmeimim');
    expect(edge.style('target-arrow-shape')).toBe('triangle');
  });

  it('keeps every label and arrow on small graphs', () => {
    const cy = graph(false);
    expect(cy.getElementById('minor').style('label')).toBe('Hmeimim');
    expect(cy.getElementById('e').style('curve-style')).toBe('bezier');
    expect(cy.getElementById('e').style('target-arrow-shape')).toBe('triangle');
  });

  it('moves a bitmap while the viewport moves only above the large-graph threshold', () => {
    expect(rendererOptions(LARGE_GRAPH)).toEqual({});
    expect(rendererOptions(LARGE_GRAPH + 1)).toEqual({ textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 });
  });
});
