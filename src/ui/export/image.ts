// Images of the graph for reports: PNG (raster, via Cytoscape's own renderer) and SVG (vector,
// via cytoscape-svg, labels stay text). Functions of a cy instance, independent of React.
import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';

export type ImageScale = 1 | 2 | 4;
export type ImageBackground = 'white' | 'dark' | 'transparent';
export type ImageArea = 'view' | 'whole';

export interface ImageOptions {
  /** 'view': what the canvas shows now; 'whole': every element, fitted. */
  area: ImageArea;
  scale: ImageScale;
  background: ImageBackground;
  legend: boolean;
}

export const DEFAULT_IMAGE_OPTIONS: ImageOptions = { area: 'view', scale: 1, background: 'white', legend: false };

const BACKGROUND_COLOURS: Record<ImageBackground, string | undefined> = {
  white: '#ffffff',
  dark: '#1b1f24',
  transparent: undefined,
};

const TYPE_NAMES: Record<string, string> = {
  person: 'Person',
  state: 'State',
  organization: 'Organisation',
  base: 'Military base',
  place: 'Place',
  event: 'Event',
};

export interface LegendEntry {
  label: string;
  colour: string;
}

/**
 * One entry per node type on the canvas, coloured as the canvas draws it: read from the live
 * style so the legend can never disagree with the picture.
 */
export function legendEntries(cy: cytoscape.Core): LegendEntry[] {
  const seen = new Map<string, string>();
  cy.nodes().forEach((node) => {
    const type = node.data('type');
    if (typeof type !== 'string' || seen.has(type)) return;
    const colour = node.style('background-color');
    seen.set(type, typeof colour === 'string' && colour ? colour : '#888888');
  });
  const order = Object.keys(TYPE_NAMES);
  const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
  return [...seen.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([type, colour]) => ({ label: TYPE_NAMES[type] ?? type, colour }));
}

function legendTextColour(background: ImageBackground): string {
  return background === 'dark' ? '#f0f0f0' : '#1b1f24';
}

function legendBoxColour(background: ImageBackground): string {
  return background === 'dark' ? 'rgba(27,31,36,0.85)' : 'rgba(255,255,255,0.85)';
}

// Legend geometry in CSS pixels; multiplied by the export scale so it keeps its size relative
// to the graph.
const LEGEND = { margin: 12, padding: 8, row: 20, swatch: 12, gap: 8, font: 13, charWidth: 7.5 };

function legendSize(entries: LegendEntry[]): { width: number; height: number } {
  const longest = Math.max(0, ...entries.map((e) => e.label.length));
  return {
    width: LEGEND.padding * 2 + LEGEND.swatch + LEGEND.gap + longest * LEGEND.charWidth,
    height: LEGEND.padding * 2 + entries.length * LEGEND.row,
  };
}

/** Draws the legend in the top-left corner of a canvas context whose unit is one CSS pixel × scale. */
function drawLegend(ctx: CanvasRenderingContext2D, entries: LegendEntry[], scale: number, background: ImageBackground): void {
  if (entries.length === 0) return;
  ctx.save();
  ctx.scale(scale, scale);
  const { width, height } = legendSize(entries);
  ctx.fillStyle = legendBoxColour(background);
  ctx.strokeStyle = '#999999';
  ctx.lineWidth = 1;
  ctx.fillRect(LEGEND.margin, LEGEND.margin, width, height);
  ctx.strokeRect(LEGEND.margin, LEGEND.margin, width, height);
  ctx.font = `${LEGEND.font}px sans-serif`;
  ctx.textBaseline = 'middle';
  entries.forEach((entry, i) => {
    const y = LEGEND.margin + LEGEND.padding + i * LEGEND.row + LEGEND.row / 2;
    const x = LEGEND.margin + LEGEND.padding;
    ctx.fillStyle = entry.colour;
    ctx.beginPath();
    ctx.arc(x + LEGEND.swatch / 2, y, LEGEND.swatch / 2, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = legendTextColour(background);
    ctx.fillText(entry.label, x + LEGEND.swatch + LEGEND.gap, y);
  });
  ctx.restore();
}

async function blobToImage(blob: Blob): Promise<CanvasImageSource & { width: number; height: number }> {
  if (typeof createImageBitmap === 'function') return createImageBitmap(blob);
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png');
  });
}

/** A PNG of the graph; with `legend`, the legend is composed onto Cytoscape's own rendering. */
export async function renderPng(cy: cytoscape.Core, options: ImageOptions): Promise<Blob> {
  const png = await cy.png({
    output: 'blob-promise',
    full: options.area === 'whole',
    scale: options.scale,
    bg: BACKGROUND_COLOURS[options.background],
  });
  if (!options.legend) return png;
  const entries = legendEntries(cy);
  if (entries.length === 0) return png;
  const image = await blobToImage(png);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return png;
  ctx.drawImage(image, 0, 0);
  drawLegend(ctx, entries, options.scale, options.background);
  return canvasToBlob(canvas);
}

interface CoreWithSvg extends cytoscape.Core {
  svg(options: { full?: boolean; scale?: number; bg?: string }): string;
}

function withSvg(cy: cytoscape.Core): CoreWithSvg {
  // Registration is global to the cytoscape library; do it once, and only if no one else has.
  if (typeof (cy as Partial<CoreWithSvg>).svg !== 'function') cytoscape.use(cytoscapeSvg);
  return cy as CoreWithSvg;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Appends the legend as SVG shapes and text (not a picture of text), so it stays editable. */
export function addSvgLegend(svgMarkup: string, entries: LegendEntry[], scale: number, background: ImageBackground): string {
  if (entries.length === 0) return svgMarkup;
  const doc = new DOMParser().parseFromString(svgMarkup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName.toLowerCase() !== 'svg') return svgMarkup;
  const el = (name: string, attrs: Record<string, string | number>): Element => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  const { width, height } = legendSize(entries);
  const group = el('g', { class: 'legend', transform: `scale(${scale})`, 'font-family': 'sans-serif', 'font-size': LEGEND.font });
  group.appendChild(el('rect', { x: LEGEND.margin, y: LEGEND.margin, width, height, fill: legendBoxColour(background), stroke: '#999999' }));
  entries.forEach((entry, i) => {
    const y = LEGEND.margin + LEGEND.padding + i * LEGEND.row + LEGEND.row / 2;
    const x = LEGEND.margin + LEGEND.padding;
    group.appendChild(el('circle', { cx: x + LEGEND.swatch / 2, cy: y, r: LEGEND.swatch / 2, fill: entry.colour }));
    const text = el('text', { x: x + LEGEND.swatch + LEGEND.gap, y, 'dominant-baseline': 'middle', fill: legendTextColour(background) });
    text.textContent = entry.label;
    group.appendChild(text);
  });
  root.appendChild(group);
  return new XMLSerializer().serializeToString(doc);
}

/** An SVG of the graph: vector shapes, labels as <text>. */
export function renderSvg(cy: cytoscape.Core, options: ImageOptions): Blob {
  let markup = withSvg(cy).svg({
    full: options.area === 'whole',
    scale: options.scale,
    bg: BACKGROUND_COLOURS[options.background],
  });
  if (options.legend) markup = addSvgLegend(markup, legendEntries(cy), options.scale, options.background);
  return new Blob([markup], { type: 'image/svg+xml' });
}
