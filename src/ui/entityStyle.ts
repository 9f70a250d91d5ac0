// How each entity type looks, everywhere: canvas, legend, panel badges, reader highlights.
// Colour AND shape differ per type so the graph stays readable without colour vision.
import type { EntityType } from '../graph/model';

export interface EntityLook {
  label: string;
  /** Plural, for the legend and filters. */
  plural: string;
  color: string;
  /** A Cytoscape node shape. */
  shape: 'ellipse' | 'hexagon' | 'round-rectangle' | 'triangle' | 'diamond' | 'star';
}

export const ENTITY_LOOK: Record<EntityType, EntityLook> = {
  person: { label: 'Person', plural: 'People', color: '#3b78c4', shape: 'ellipse' },
  state: { label: 'State', plural: 'States', color: '#d1495b', shape: 'hexagon' },
  organization: { label: 'Organisation', plural: 'Organisations', color: '#1f9e89', shape: 'round-rectangle' },
  base: { label: 'Military base', plural: 'Military bases', color: '#8a5cb8', shape: 'triangle' },
  place: { label: 'Place', plural: 'Places', color: '#e08a1e', shape: 'diamond' },
  event: { label: 'Event', plural: 'Events', color: '#6f8f22', shape: 'star' },
};
