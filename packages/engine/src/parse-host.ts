// The Public Suffix List and tldts's parser, on their own so the browser can load them as a file
// beside the engine (they weigh more than the rest of the engine together).
export { parse as parseHost } from 'tldts';
