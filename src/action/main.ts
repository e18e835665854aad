// Entry point of the Action's main step (bundled to dist/main/index.js).
import { exitWhenFlushed } from './exit-process.js';
import { runMain } from './run-main.js';

const sync = await runMain();
await exitWhenFlushed(sync ? () => sync.idle() : undefined);
