// Entry for `npm run eval`: the same as `redflags eval`.
import { runFromCommandLine } from './main.js';

runFromCommandLine(['eval', ...process.argv.slice(2)]);
