// Imported first by extract.worker.ts: marks when the worker's code starts to run (after it was
// fetched and compiled, before its modules, compromise's among them, are evaluated).
performance.mark('worker:started');
