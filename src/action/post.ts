// Entry point of the Action's post step (bundled to dist/post/index.js); runs with post-if: always().
import { exitWhenFlushed } from './exit-process.js';
import { runPost } from './run-post.js';

const sync = await runPost();
await exitWhenFlushed(sync ? () => sync.idle() : undefined);
