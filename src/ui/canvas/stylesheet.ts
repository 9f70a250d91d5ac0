// The Cytoscape stylesheet, per colour scheme.
import type cytoscape from 'cytoscape';

type Stylesheet = cytoscape.StylesheetStyle;
import { ENTITY_TYPES } from '../../graph/model';
import { ENTITY_LOOK } from '../entityStyle';

export type ColorScheme = 'light' | 'dark';

/** Line colour of a disputed relation; the legend draws its sample with the same colour. */
export const DISPUTED_COLOR = '#d62839';

/**
 * `large`: thousands of elements. Drawing label text (with its outline) is what makes frames
 * slow (measured with `npm run bench`), so edge labels and the labels of minor entities are then
 * drawn only for the focused neighbourhood, selection and path; edges are straight lines without
 * arrows (Cytoscape's cheapest, 'haystack') except where the user is looking.
 */
export function graphStylesheet(scheme: ColorScheme, large = false): Stylesheet[] {
  const dark = scheme === 'dark';
  const text = dark ? '#e8ecf1' : '#1d2330';
  const halo = dark ? '#151a22' : '#ffffff';
  const edge = dark ? '#7d8898' : '#8b95a5';
  const accent = dark ? '#ffd166' : '#d97706';
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        color: text,
        'font-size': 20,
        'font-weight': 600,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-outline-color': halo,
        'text-outline-width': 2.5,
        // Labels shrink with zoom; below this on-screen size they are not drawn at all.
        'min-zoomed-font-size': 7,
        'border-width': 2,
        'border-color': halo,
      },
    },
    ...ENTITY_TYPES.map((t) => ({
      selector: `node[type = "${t}"]`,
      style: { 'background-color': ENTITY_LOOK[t].color, shape: ENTITY_LOOK[t].shape },
    })),
    // Minor entities keep their labels only once the user zooms in.
    { selector: 'node.minor', style: { 'font-size': 15, 'font-weight': 400, 'min-zoomed-font-size': 7 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': edge,
        'target-arrow-color': edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 13,
        color: text,
        'text-rotation': 'autorotate',
        'text-outline-color': halo,
        'text-outline-width': 2,
        'min-zoomed-font-size': 11,
        opacity: 0.85,
      },
    },
    ...(large ? largeGraphRules : []),
    { selector: 'edge[relation = "mentioned_with"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    // Disputed: the articles disagree about this relation (explained in the legend).
    {
      selector: 'edge[?disputed]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 4], 'line-color': DISPUTED_COLOR, 'target-arrow-color': DISPUTED_COLOR },
    },
    { selector: 'node[?disputed]', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': DISPUTED_COLOR } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'node.focus', style: { 'min-zoomed-font-size': 4, label: 'data(label)' } },
    { selector: 'edge.focus', style: { opacity: 1, 'min-zoomed-font-size': 5, label: 'data(label)' } },
    {
      selector: 'node:selected',
      style: { 'border-color': accent, 'border-width': 5, 'min-zoomed-font-size': 0, 'z-index': 10, label: 'data(label)' },
    },
    {
      selector: 'edge:selected, edge.on-path',
      style: {
        'line-color': accent,
        'target-arrow-color': accent,
        width: 5,
        opacity: 1,
        'min-zoomed-font-size': 0,
        label: 'data(label)',
      },
    },
    { selector: 'node.on-path', style: { 'border-color': accent, 'border-width': 5, 'min-zoomed-font-size': 0, label: 'data(label)' } },
  ];
}

/** Lighter drawing for thousands of elements; the rules after these restore detail where the user looks. */
const largeGraphRules: Stylesheet[] = [
  { selector: 'node', style: { 'min-zoomed-font-size': 10 } },
  { selector: 'node.minor', style: { label: '' } },
  { selector: 'edge', style: { label: '', 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
  { selector: 'edge.focus, edge:selected, edge.on-path', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
];
