// Provided by prebuiltExtractions.plugin.ts: empty outside a production build.
declare module 'virtual:prebuilt-extractions' {
  const entries: import('./prebuiltExtractions').PrebuiltExtraction[];
  export default entries;
}
