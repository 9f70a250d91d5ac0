// The page's entry, kept to a few hundred bytes: it starts the extraction worker first, so the
// worker's code (compromise included) is fetched, compiled and starts reading the bundled articles
// while the app's much larger bundle is still loading, then loads the app.
import { startExtractionWorker } from './worker/spawnWorker';

performance.mark('app:boot');
startExtractionWorker();
void import('./startApp');
