import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../src/ui/canvas/keyboardNavigation';

const nodes = [
  { id: 'centre', x: 0, y: 0 },
  { id: 'east-near', x: 50, y: 10 },
  { id: 'east-far', x: 200, y: 0 },
  { id: 'north-east', x: 40, y: -60 },
  { id: 'west', x: -100, y: 30 },
];

describe('nearestInDirection', () => {
  it('picks the closest node roughly in the pressed direction', () => {
    expect(nearestInDirection(nodes[0], nodes, 'right')).toBe('east-near');
    expect(nearestInDirection(nodes[0], nodes, 'left')).toBe('west');
    expect(nearestInDirection(nodes[0], nodes, 'up')).toBe('north-east');
    expect(nearestInDirection(nodes[1], nodes, 'right')).toBe('east-far');
  });
  it('returns null when nothing lies that way', () => {
    expect(nearestInDirection(nodes[2], nodes, 'right')).toBeNull();
    expect(nearestInDirection(nodes[4], nodes, 'left')).toBeNull();
  });
});
