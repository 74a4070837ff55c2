// vitest.config.ts's setup file: vitest evaluates it again before every test
// file, so this afterEach belongs to every file, while the list it drains
// (cleanup.ts) is the one module instance the helpers share (see there).

import { afterEach } from 'vitest';
import { undoScheduled } from './cleanup.js';

afterEach(undoScheduled);
