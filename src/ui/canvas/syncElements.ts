// Brings a Cytoscape instance's elements in line with the ones the graph wants, touching only what
// changed: elements that left are removed, new ones added, and existing ones keep their identity
// (and position) with only changed data or classes updated. Rebuilding every element on each new
// graph restyles thousands of them at once, the page's longest task when a large corpus arrives.
// The work is done in slices so the page can be given its thread back between them.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Positions } from './layoutRequest';

export interface SyncCounts {
  added: number;
  removed: number;
  updated: number;
}

export interface SyncOptions {
  /** Where new nodes go (e.g. a layout computed elsewhere); otherwise their definition's position. */
  positions?: Positions;
  /** Elements examined per slice (the first slice's size when `budgetMs` is given). */
  slice?: number;
  /**
   * Time one slice should take: later slices are sized from how long the last one took per
   * element, so a busy machine gets smaller slices rather than longer tasks.
   */
  budgetMs?: number;
}

/**
 * The largest slice: a run of cheap slices (elements that only needed checking) grows the size,
 * and the slice after it may be one whose every element needs styling.
 */
const MAX_SLICE = 250;

/** The next slice's size: as many elements as fit the budget at the last slice's pace. */
export function nextSliceSize(size: number, elapsedMs: number, budgetMs: number | undefined, count: number): number {
  if (!budgetMs || count === 0) return size;
  const perElement = Math.max(elapsedMs, 0.5) / count;
  // Grows at most twofold: a cheap slice (elements that only needed checking) says little about
  // the next one, which may add elements to style.
  return Math.max(10, Math.min(2 * size, MAX_SLICE, Math.round(budgetMs / perElement)));
}

const sameValue = (a: unknown, b: unknown) => a === b || (a == null && b == null);

function dataChanged(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  for (const k of Object.keys(wanted)) if (!sameValue(current[k], wanted[k])) return true;
  return false;
}

const classesOf = (def: ElementDefinition) => (typeof def.classes === 'string' ? def.classes.split(/\s+/).filter(Boolean) : (def.classes ?? []));

/** Classes the definition manages; classes the view adds (selection, focus, path) are left alone. */
const MANAGED_CLASSES = ['minor'];

/**
 * The sync as a sequence of steps: each `next()` does one slice inside one `cy.batch()`. Run it to
 * the end at once (`syncElementsNow`) or a slice per task (`syncElementsInSlices`). Elements are
 * looked up again in every slice, so a half-done sync leaves a consistent graph behind.
 */
export function* syncSteps(cy: Core, target: readonly ElementDefinition[], options: SyncOptions = {}): Generator<void, SyncCounts, void> {
  let slice = Math.max(1, options.slice ?? Infinity);
  const counts: SyncCounts = { added: 0, removed: 0, updated: 0 };
  const wanted = new Set<string>();
  for (const def of target) wanted.add(String(def.data.id));

  /** Edges per node of the target graph, counted the first time a node changes. */
  let degree: Map<string, number> | undefined;

  // Removals first: an edge of a node that is going away goes with it.
  const gone = cy.elements().filter((el) => !wanted.has(el.id()));
  for (let i = 0; i < gone.length; i += slice) {
    const part = gone.slice(i, i + slice).filter((el) => el.inside());
    cy.batch(() => {
      counts.removed += part.length;
      part.remove();
    });
    if (i + slice < gone.length) yield;
  }
  if (gone.length > 0 && target.length > 0) yield;

  for (let i = 0; i < target.length; ) {
    const started = performance.now();
    // A slice is bounded by the elements it makes Cytoscape re-measure: each definition counts
    // once, and a node whose data or classes change counts its edges too (a new size moves
    // every edge end), so a heavily linked entity does not bring hundreds of edges into a slice
    // sized for a few dozen elements.
    let work = 0;
    const add: ElementDefinition[] = [];
    cy.batch(() => {
      while (i < target.length && work < slice) {
        const def = target[i++]!;
        work++;
        const id = String(def.data.id);
        const el = cy.getElementById(id);
        if (el.empty()) {
          const at = options.positions?.[id];
          add.push(at ? { ...def, position: { ...at } } : def);
          continue;
        }
        const isEdge = el.isEdge();
        if (isEdge && (el.data('source') !== def.data.source || el.data('target') !== def.data.target)) {
          // Cytoscape cannot re-point an edge by data: it is replaced.
          el.remove();
          add.push(def);
          continue;
        }
        let changed = false;
        if (dataChanged(el.data() as Record<string, unknown>, def.data as Record<string, unknown>)) {
          el.data(def.data);
          changed = true;
        }
        const want = new Set(classesOf(def));
        for (const c of MANAGED_CLASSES) {
          if (want.has(c) !== el.hasClass(c)) {
            el.toggleClass(c, want.has(c));
            changed = true;
          }
        }
        if (changed) {
          counts.updated++;
          if (!isEdge) work += (degree ??= degreesOf(target.map((d) => d.data as { source?: string; target?: string }))).get(id) ?? 0;
        }
        // Updates are styled as they are made: past half the budget, the rest waits for the next slice.
        if (options.budgetMs !== undefined && performance.now() - started > options.budgetMs / 2) break;
      }
      if (add.length > 0) cy.add(add);
    });
    settleStyles(cy);
    counts.added += add.length;
    slice = nextSliceSize(slice, performance.now() - started, options.budgetMs, work);
    if (i < target.length) yield;
  }
  return counts;
}

/** The renderer's private hook that computes queued styles now rather than in the next frame. */
interface StyleQueue {
  flushRenderedStyleQueue?: () => void;
}

/**
 * Cytoscape computes the style of added or changed elements lazily, in the next animation frame:
 * for a slice of a large graph that frame then carries the slice's style work on top of drawing.
 * Computing it here keeps it inside the slice's own (bounded) task. Headless instances have no
 * such queue, and a renderer without the hook simply leaves the work to the frame.
 */
export function settleStyles(cy: Core) {
  const renderer = (cy as unknown as { renderer?: () => StyleQueue | undefined }).renderer?.();
  renderer?.flushRenderedStyleQueue?.();
}

/** The whole sync in one go (small graphs). */
export function syncElementsNow(cy: Core, target: readonly ElementDefinition[], options: SyncOptions = {}): SyncCounts {
  const steps = syncSteps(cy, target, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Gives the page its thread back: a fresh task, after anything already queued (input, paints). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Awaits `wait` with Cytoscape held in a batch: its render loop skips every frame while a batch
 * is open, so nothing is drawn between two slices of work.
 */
export async function holdFrames(cy: Core, wait: () => Promise<void>): Promise<void> {
  cy.startBatch();
  try {
    await wait();
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}

/**
 * The sync a slice per task; resolves with the counts, or null when `stillWanted` turned false
 * between slices (a newer graph arrived), leaving the remaining slices undone.
 */
export async function syncElementsInSlices(
  cy: Core,
  target: readonly ElementDefinition[],
  options: SyncOptions & { stillWanted: () => boolean; pause?: () => Promise<void> },
): Promise<SyncCounts | null> {
  const steps = syncSteps(cy, target, options);
  for (;;) {
    if (!options.stillWanted() || cy.destroyed()) return null;
    const r = steps.next();
    if (r.done) return r.value;
    await (options.pause ?? nextTask)();
  }
}

/** How many edges end at each node (a self-loop counts once). */
export function degreesOf(edges: Iterable<{ source?: string; target?: string }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of edges) {
    if (e.source === undefined || e.target === undefined) continue;
    out.set(e.source, (out.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) out.set(e.target, (out.get(e.target) ?? 0) + 1);
  }
  return out;
}

/** Where a slice that starts at `from` ends: as many items as fit `budget` by weight, at least one. */
export function sliceEnd(weights: readonly number[], from: number, budget: number): number {
  let end = from;
  let total = 0;
  while (end < weights.length && (end === from || total + weights[end]! <= budget)) total += weights[end++]!;
  return end;
}

/**
 * Moves nodes to the given positions, a slice per task, then works out edge geometry and every
 * element's box a slice at a time: left to the first frame that draws the placed graph, that work
 * alone takes hundreds of milliseconds on thousands of elements.
 */
export async function placeInSlices(
  cy: Core,
  positions: Positions,
  options: {
    slice: number;
    budgetMs?: number;
    stillWanted: () => boolean;
    pause?: () => Promise<void>;
    /** The definitions the elements were synced from: their edges' ends are counted there, which is cheaper than asking Cytoscape. */
    definitions?: readonly ElementDefinition[];
  },
): Promise<boolean> {
  const pause = options.pause ?? nextTask;
  let slice = options.slice;
  // A task of its own: the caller's last step (a sync's last slice) may just have filled one.
  await pause();
  if (!options.stillWanted() || cy.destroyed()) return false;
  const nodes = cy.nodes();
  // Moving a node re-measures each of its edges: a slice counts a node with its edges, so a hub
  // with hundreds of relations fills a slice on its own instead of overrunning one.
  // Counted from the edges' ends: Cytoscape's own degree() builds collections for every edge.
  const degree = degreesOf(
    options.definitions
      ? options.definitions.map((d) => d.data as { source?: string; target?: string })
      : cy.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
  );
  const weights = nodes.map((n: NodeSingular) => 1 + (degree.get(n.id()) ?? 0));
  for (let i = 0; i < nodes.length; ) {
    if (!options.stillWanted() || cy.destroyed()) return false;
    const started = performance.now();
    const end = sliceEnd(weights, i, slice);
    let work = 0;
    cy.batch(() => {
      // The clock is read after each node as well: moving one re-measures its edges, and a slice
      // sized from the last one's pace can still meet nodes far costlier than those were. Half
      // the budget, for the styles settled after the batch.
      for (let k = i; k < end; k++) {
        const n = nodes[k] as NodeSingular;
        const p = positions[n.id()];
        if (p) n.position(p);
        work += weights[k]!;
        i = k + 1;
        if (options.budgetMs !== undefined && performance.now() - started > options.budgetMs / 2) break;
      }
    });
    // The moved nodes' edges are re-measured now, a slice at a time.
    settleStyles(cy);
    slice = nextSliceSize(slice, performance.now() - started, options.budgetMs, work);
    await pause();
  }
  const all = cy.elements();
  for (let i = 0; i < all.length; ) {
    if (!options.stillWanted() || cy.destroyed()) return false;
    const started = performance.now();
    settleStyles(cy);
    const part = all.slice(i, i + slice);
    i += part.length;
    part.forEach((el) => void el.boundingBox());
    slice = nextSliceSize(slice, performance.now() - started, options.budgetMs, part.length);
    if (i < all.length) await pause();
  }
  return true;
}
