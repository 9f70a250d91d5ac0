/**
 * Files dropped anywhere on the page. Without this, a file dropped outside the drop zone makes
 * the browser navigate away to open it, and the user's session is gone.
 *
 *   const { dragging } = usePageDrop((files) => ingest(files));
 *   <DropOverlay visible={dragging} />      (from ./DropOverlay)
 *
 * Dropped folders are opened (see droppedFiles). Only drags that carry files are taken; dragging text or graph nodes inside the page is left alone.
 */
import { useEffect, useRef, useState } from 'react';
import { droppedFiles } from './droppedFiles';

export function hasFiles(dt: DataTransfer | null): boolean {
  return !!dt && Array.from(dt.types ?? []).includes('Files');
}

export function usePageDrop(onFiles: (files: File[]) => void, target: Window | HTMLElement | null = typeof window === 'undefined' ? null : window): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  const handler = useRef(onFiles);
  handler.current = onFiles;

  useEffect(() => {
    if (!target) return;
    // dragenter/dragleave fire for every child element crossed; counting them tells when the
    // drag really left the page.
    let depth = 0;
    const over = (e: Event) => {
      const de = e as DragEvent;
      if (!hasFiles(de.dataTransfer)) return;
      de.preventDefault(); // marks the page as a drop target
      if (de.dataTransfer) de.dataTransfer.dropEffect = 'copy';
    };
    const enter = (e: Event) => {
      if (!hasFiles((e as DragEvent).dataTransfer)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: Event) => {
      if (!hasFiles((e as DragEvent).dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: Event) => {
      const de = e as DragEvent;
      depth = 0;
      setDragging(false);
      if (!hasFiles(de.dataTransfer)) return;
      de.preventDefault();
      if (!de.dataTransfer) return;
      void droppedFiles(de.dataTransfer).then((files) => {
        if (files.length) handler.current(files);
      });
    };
    target.addEventListener('dragenter', enter);
    target.addEventListener('dragover', over);
    target.addEventListener('dragleave', leave);
    target.addEventListener('drop', drop);
    return () => {
      target.removeEventListener('dragenter', enter);
      target.removeEventListener('dragover', over);
      target.removeEventListener('dragleave', leave);
      target.removeEventListener('drop', drop);
    };
  }, [target]);

  return { dragging };
}
