import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../src/ui/export/viewOf';

describe('viewOf', () => {
  it('records every node position under its id, "__proto__" included, with zoom, pan and selection', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset', fit: false },
      zoom: 1.5,
      pan: { x: 7, y: 8 },
      elements: [
        { data: { id: '__proto__' }, position: { x: 1, y: 2 } },
        { data: { id: 'x' }, position: { x: 3, y: 4 } },
      ],
    });
    cy.getElementById('x').select();
    const view = viewOf(cy);
    cy.destroy();
    expect(Object.keys(view.positions ?? {})).toEqual(['__proto__', 'x']);
    expect(Object.getOwnPropertyDescriptor(view.positions, '__proto__')?.value).toEqual({ x: 1, y: 2 });
    expect(view.positions?.x).toEqual({ x: 3, y: 4 });
    expect(view).toMatchObject({ selection: ['x'], zoom: 1.5, pan: { x: 7, y: 8 } });
  });

  it('is empty when there is no canvas', () => {
    expect(viewOf(null)).toEqual({});
  });
});
