import { memo, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { useVisibleGraph } from '../store/selectors';
import { CanvasNotice } from './canvas/CanvasNotice';
import { GraphCanvas } from './canvas/GraphCanvas';
import { Legend } from './canvas/Legend';
import { getCy } from './canvas/cyHandle';
import { BottomPane } from './BottomPane';
import { useHashSync } from './deeplink/useHashSync';
import { ExportMenu } from './export/ExportMenu';
import { CorpusControl } from './CorpusDrawer';
import { ExtractionProgress } from './ExtractionProgress';
import { FiltersPanel } from './filters/FiltersPanel';
import { DetailsPanel } from './panel/DetailsPanel';
import { PathPanel } from './path/PathPanel';
import { ArticleReader } from './reader/ArticleReader';
import { SearchBox } from './search/SearchBox';
import { StatusLine, ViewControls } from './Toolbar';
import { useExtraction } from './useExtraction';
import { useEscapeKey } from './useEscapeKey';
import './app.css';

const WIDE = '(min-width: 1280px)';

const getView = () => {
  const s = useAppStore.getState();
  return {
    selection: s.selection ? [s.selection.id] : [],
    filters: { ...s.filters },
    layout: s.view.layout,
  };
};

/**
 * The export menu with the graphs it exports. It reads them itself so that a new graph
 * re-renders only it, not the whole app around it (each view reads what it shows).
 */
const ExportControl = memo(function ExportControl() {
  const graph = useAppStore((s) => s.graph);
  const visibleGraph = useVisibleGraph();
  return <ExportMenu getCy={getCy} graph={graph} visibleGraph={visibleGraph} getView={getView} />;
});

export function App() {
  useExtraction();
  useHashSync();
  useEscapeKey();
  const [toolsOpen, setToolsOpen] = useState(() => window.matchMedia?.(WIDE).matches ?? true);

  return (
    <div className="app">
      <header className="toolbar">
        <h1 className="app-title">News graph</h1>
        <SearchBox />
        <button
          type="button"
          aria-expanded={toolsOpen}
          aria-controls="tools"
          onClick={() => setToolsOpen((o) => !o)}
        >
          Filters &amp; path
        </button>
        <ViewControls />
        <ExportControl />
        <CorpusControl />
      </header>
      <main className="workspace">
        {toolsOpen && (
          <div id="tools" className="tools">
            <PathPanel />
            <FiltersPanel />
          </div>
        )}
        <div className="canvas-area">
          <div className="canvas-stage">
            <GraphCanvas />
            <CanvasNotice />
            <ExtractionProgress />
          </div>
          <footer className="canvas-footer">
            <Legend />
            <StatusLine />
          </footer>
          <BottomPane />
          <ArticleReader />
        </div>
        <DetailsPanel />
      </main>
    </div>
  );
}
