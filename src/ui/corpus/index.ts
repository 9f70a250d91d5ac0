// The corpus views: prop-driven, no store access. See each file's header for its props.
export { CorpusPanel, type CorpusPanelProps } from './CorpusPanel';
export { AddArticles, type AddArticlesProps } from './AddArticles';
export { IngestReport, type IngestReportProps } from './IngestReport';
export { DropOverlay } from './DropOverlay';
export { usePageDrop, hasFiles } from './usePageDrop';
export { SavedDataNotice, type SavedDataNoticeProps } from './SavedDataNotice';
export { entityCountsByArticle } from './entityCounts';
export { droppedFiles, MAX_DROPPED_FILES } from './droppedFiles';
