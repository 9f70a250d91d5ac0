import { describe, expect, it } from 'vitest';
import { droppedFiles } from '../../../src/ui/corpus';

// The entries API as browsers expose it for a dropped folder: a tree of file and directory
// entries, directories read in batches until an empty batch.
type Node = File | { dir: string; children: Node[] };
function entryOf(node: Node): unknown {
  if (node instanceof File) return { isFile: true, isDirectory: false, name: node.name, file: (ok: (f: File) => void) => ok(node) };
  const batches = [node.children.slice(0, 2).map(entryOf), node.children.slice(2).map(entryOf), []];
  return {
    isFile: false, isDirectory: true, name: node.dir,
    createReader: () => {
      let i = 0;
      return { readEntries: (ok: (e: unknown[]) => void) => ok(batches[i++] ?? []) };
    },
  };
}
function transfer(nodes: Node[]): DataTransfer {
  return {
    files: nodes.filter((n): n is File => n instanceof File),
    items: nodes.map((n) => ({ webkitGetAsEntry: () => entryOf(n) })),
  } as unknown as DataTransfer;
}
const f = (name: string) => new File(['text'], name);

describe('droppedFiles', () => {
  it('returns the files as dropped when there is no folder', async () => {
    const files = [f('a.txt'), f('b.txt')];
    expect(await droppedFiles(transfer(files))).toEqual(files);
  });

  it('opens dropped folders, nested ones too, across read batches, skipping hidden files', async () => {
    const tree: Node[] = [
      f('loose.txt'),
      { dir: 'articles', children: [f('c.txt'), f('.DS_Store'), f('a.md'), { dir: 'more', children: [f('z.html')] }, f('b.txt')] },
    ];
    const names = (await droppedFiles(transfer(tree))).map((x) => x.name);
    expect(names).toEqual(['loose.txt', 'a.md', 'b.txt', 'c.txt', 'z.html']);
  });
});
