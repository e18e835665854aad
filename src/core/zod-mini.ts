// zod's small functional API (zod/mini) with the English issue messages the full API loads by itself: every schema takes zod from here (`import * as z`), so what a user reads stays the same.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
