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

// 2× by default: sharp in a report or on a high-density screen, still a modest file.
export const DEFAULT_IMAGE_OPTIONS: ImageOptions = { area: 'view', scale: 2, background: 'white', legend: false };

/** White on a light page, dark on a dark one, so the labels the canvas draws stay readable. */
export function defaultImageOptions(prefersDark: boolean): ImageOptions {
  return { ...DEFAULT_IMAGE_OPTIONS, background: prefersDark ? 'dark' : 'white' };
}

// Browsers refuse canvases beyond about 16k pixels a side or ~268M pixels in all (Chrome);
// past that Cytoscape would hand back an empty image. Stay well inside both.
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

/**
 * The scale actually used: the one asked for, reduced only when the image would be too big
 * for the browser to draw (a large whole graph at 4×).
 */
export function effectiveScale(width: number, height: number, scale: number): number {
  if (width <= 0 || height <= 0) return scale;
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.min(scale, bySide, byArea);
}

function pixelRatio(): number {
  return typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
}

function imageScale(cy: cytoscape.Core, options: ImageOptions): number {
  const ratio = pixelRatio();
  const box = options.area === 'whole' ? cy.elements().boundingBox() : { w: cy.width(), h: cy.height() };
  return effectiveScale(box.w * ratio, box.h * ratio, options.scale);
}

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
  /** Cytoscape node shape name ("ellipse", "hexagon", "star", ...), as the canvas draws it. */
  shape: string;
}

/**
 * One entry per node type on the canvas, coloured as the canvas draws it: read from the live
 * style so the legend can never disagree with the picture.
 */
export function legendEntries(cy: cytoscape.Core): LegendEntry[] {
  const seen = new Map<string, LegendEntry>();
  cy.nodes().forEach((node) => {
    const type = node.data('type');
    if (typeof type !== 'string' || seen.has(type)) return;
    const colour = node.style('background-color');
    const shape = node.style('shape');
    seen.set(type, {
      label: TYPE_NAMES[type] ?? type,
      colour: typeof colour === 'string' && colour ? colour : '#888888',
      shape: typeof shape === 'string' ? shape : 'ellipse',
    });
  });
  const order = Object.keys(TYPE_NAMES);
  const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
  return [...seen.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, entry]) => entry);
}

function legendTextColour(background: ImageBackground): string {
  return background === 'dark' ? '#f0f0f0' : '#1b1f24';
}

// Legend geometry in CSS pixels; multiplied by the export scale so it keeps its size relative
// to the graph. Text width is estimated (no font metrics in SVG or in tests); generous per char.
const LEGEND = { margin: 12, row: 22, swatch: 12, gap: 6, spacing: 20, font: 13, charWidth: 7.5 };

export interface LegendLayout {
  /** Height of the strip added below the picture, in CSS pixels. */
  height: number;
  items: { entry: LegendEntry; x: number; y: number }[];
}

/**
 * Lays the entries out in rows across a strip below the picture (wrapping when the picture is
 * narrow), so the legend never covers a node. `width` is the picture's width in CSS pixels.
 */
export function layoutLegend(entries: LegendEntry[], width: number): LegendLayout {
  const items: LegendLayout['items'] = [];
  let x = LEGEND.margin;
  let row = 0;
  for (const entry of entries) {
    const w = LEGEND.swatch + LEGEND.gap + entry.label.length * LEGEND.charWidth;
    if (x > LEGEND.margin && x + w > width - LEGEND.margin) {
      row++;
      x = LEGEND.margin;
    }
    items.push({ entry, x, y: LEGEND.margin + row * LEGEND.row + LEGEND.row / 2 });
    x += w + LEGEND.spacing;
  }
  return { height: entries.length ? LEGEND.margin * 2 + (row + 1) * LEGEND.row : 0, items };
}

/**
 * The outline of a node shape as polygon points in a unit box centred on 0,0 (radius 1), or
 * null for a circle. Covers the shapes Cytoscape offers that a legend is likely to meet.
 */
export function shapePoints(shape: string): [number, number][] | null {
  const regular = (sides: number, rotation: number) =>
    Array.from({ length: sides }, (_, i): [number, number] => {
      const a = rotation + (i * 2 * Math.PI) / sides;
      return [Math.cos(a), Math.sin(a)];
    });
  switch (shape) {
    case 'triangle':
    case 'round-triangle':
      return regular(3, -Math.PI / 2);
    case 'diamond':
    case 'round-diamond':
      return regular(4, -Math.PI / 2);
    case 'rectangle':
    case 'round-rectangle':
    case 'roundrectangle':
    case 'square':
      return [[-0.85, -0.85], [0.85, -0.85], [0.85, 0.85], [-0.85, 0.85]];
    case 'pentagon':
    case 'round-pentagon':
      return regular(5, -Math.PI / 2);
    case 'hexagon':
    case 'round-hexagon':
      return regular(6, 0);
    case 'octagon':
    case 'round-octagon':
      return regular(8, Math.PI / 8);
    case 'star':
      return Array.from({ length: 10 }, (_, i): [number, number] => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const r = i % 2 === 0 ? 1 : 0.45;
        return [r * Math.cos(a), r * Math.sin(a)];
      });
    default:
      return null;
  }
}

function tracePath(ctx: CanvasRenderingContext2D, shape: string, cx: number, cy: number, r: number): void {
  const points = shapePoints(shape);
  ctx.beginPath();
  if (points) points.forEach(([px, py], j) => (j === 0 ? ctx.moveTo(cx + px * r, cy + py * r) : ctx.lineTo(cx + px * r, cy + py * r)));
  else ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.closePath();
}

/** Draws the legend strip starting at `top` (CSS pixels); the context's unit is one CSS pixel × scale. */
function drawLegend(ctx: CanvasRenderingContext2D, layout: LegendLayout, top: number, scale: number, background: ImageBackground): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.font = `${LEGEND.font}px sans-serif`;
  ctx.textBaseline = 'middle';
  for (const { entry, x, y } of layout.items) {
    ctx.fillStyle = entry.colour;
    tracePath(ctx, entry.shape, x + LEGEND.swatch / 2, top + y, LEGEND.swatch / 2);
    ctx.fill();
    ctx.fillStyle = legendTextColour(background);
    ctx.fillText(entry.label, x + LEGEND.swatch + LEGEND.gap, top + y);
  }
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
  const scale = imageScale(cy, options);
  const png = await cy.png({
    output: 'blob-promise',
    full: options.area === 'whole',
    scale,
    bg: BACKGROUND_COLOURS[options.background],
  });
  if (!options.legend) return png;
  const entries = legendEntries(cy);
  if (entries.length === 0) return png;
  const image = await blobToImage(png);
  // Cytoscape draws at scale × device pixel ratio; the legend follows so it keeps its size.
  const factor = scale * pixelRatio();
  const layout = layoutLegend(entries, image.width / factor);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height + Math.ceil(layout.height * factor);
  const ctx = canvas.getContext('2d');
  if (!ctx) return png;
  const bg = BACKGROUND_COLOURS[options.background];
  if (bg) {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(image, 0, 0);
  drawLegend(ctx, layout, image.height / factor, factor, options.background);
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

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Adds the legend below the picture as SVG shapes and text (not a picture of text), so it stays
 * editable; the SVG grows by the legend's height.
 */
export function addSvgLegend(svgMarkup: string, entries: LegendEntry[], scale: number, background: ImageBackground): string {
  if (entries.length === 0) return svgMarkup;
  const doc = new DOMParser().parseFromString(svgMarkup, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName.toLowerCase() !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return svgMarkup;
  const width = Number.parseFloat(root.getAttribute('width') ?? '') || 0;
  const height = Number.parseFloat(root.getAttribute('height') ?? '') || 0;
  const layout = layoutLegend(entries, width / scale);
  const newHeight = round(height + layout.height * scale);
  root.setAttribute('height', String(newHeight));
  const viewBox = root.getAttribute('viewBox');
  if (viewBox) {
    const [x, y, w] = viewBox.split(/[\s,]+/).map(Number);
    root.setAttribute('viewBox', `${x} ${y} ${w} ${newHeight}`);
  }
  const el = (name: string, attrs: Record<string, string | number>): Element => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  const group = el('g', {
    class: 'legend',
    transform: `translate(0 ${round(height)}) scale(${round(scale)})`,
    'font-family': 'sans-serif',
    'font-size': LEGEND.font,
  });
  const bg = BACKGROUND_COLOURS[background];
  if (bg) group.appendChild(el('rect', { x: 0, y: 0, width: round(width / scale), height: layout.height, fill: bg }));
  for (const { entry, x, y } of layout.items) {
    const cx = x + LEGEND.swatch / 2;
    const r = LEGEND.swatch / 2;
    const points = shapePoints(entry.shape);
    group.appendChild(
      points
        ? el('polygon', { points: points.map(([px, py]) => `${round(cx + px * r)},${round(y + py * r)}`).join(' '), fill: entry.colour })
        : el('circle', { cx, cy: y, r, fill: entry.colour }),
    );
    const text = el('text', { x: x + LEGEND.swatch + LEGEND.gap, y, 'dominant-baseline': 'middle', fill: legendTextColour(background) });
    text.textContent = entry.label;
    group.appendChild(text);
  }
  root.appendChild(group);
  return new XMLSerializer().serializeToString(doc);
}

/** An SVG of the graph: vector shapes, labels as <text>. */
export function renderSvg(cy: cytoscape.Core, options: ImageOptions): Blob {
  const scale = imageScale(cy, options);
  let markup = withSvg(cy).svg({
    full: options.area === 'whole',
    scale,
    bg: BACKGROUND_COLOURS[options.background],
  });
  if (options.legend) markup = addSvgLegend(markup, legendEntries(cy), scale * pixelRatio(), options.background);
  return new Blob([markup], { type: 'image/svg+xml' });
}
