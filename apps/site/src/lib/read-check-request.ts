// Reads and checks the body of POST /api/check: {"text": "..."} as JSON, within the input limit.
// Every bad request gets a 4xx with a message; the text itself is never logged. The body comes from a
// web Request (the Astro route) or from node's IncomingMessage (the node server's fast path).
import type { IncomingMessage } from 'node:http';

export type CheckRequest = { ok: true; text: string } | { ok: false; status: 400 | 413 | 415; error: string };

/** What the reader needs of a request: its two headers, and its body read up to a size. */
export interface CheckBodyInput {
  contentType: string | null | undefined;
  contentLength: string | null | undefined;
  /** Resolves with the body as text, or undefined once it is longer than `maxBytes`. */
  readBody: (maxBytes: number) => Promise<string | undefined>;
}

/** Worst case of JSON-encoded bytes per UTF-16 unit (`\u0000` escapes), plus room for the envelope. */
const bytesAllowed = (inputLimit: number) => inputLimit * 6 + 1024;

/** How much of an oversized body is read and dropped before answering, so the client (still sending)
 * receives the 413 instead of a reset connection; past this the connection is simply closed. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/** Parses a web Request; `inputLimit` is the bundle's `settings.inputLimit` (characters). */
export function readCheckRequest(request: Request, inputLimit: number): Promise<CheckRequest> {
  return readCheckBody(webCheckBody(request), inputLimit);
}

/**
 * Checks the body from its parts, whichever server received it.
 * @example await readCheckBody({ contentType: 'application/json', contentLength: null, readBody: async () => '{}' }, 100) // { ok: false, status: 400, … }
 */
export async function readCheckBody(
  { contentType: rawType, contentLength, readBody }: CheckBodyInput,
  inputLimit: number,
): Promise<CheckRequest> {
  const contentType = (rawType ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    return {
      ok: false,
      status: 415,
      error: `send the text as JSON with "Content-Type: application/json", e.g. {"text": "…"}; got "${contentType || 'no content type'}"`,
    };
  }
  if (Number(contentLength ?? '0') > bytesAllowed(inputLimit)) return tooLong(inputLimit);
  const text = await readBody(bytesAllowed(inputLimit));
  if (text === undefined) return tooLong(inputLimit);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid JSON; send {"text": "the message to check"}' };
  }
  const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).text : undefined;
  if (typeof value !== 'string') {
    return { ok: false, status: 400, error: 'field "text" is missing or not a string; send {"text": "the message to check"}' };
  }
  if (value.trim().length === 0) return { ok: false, status: 400, error: 'field "text" is empty; paste the message to check' };
  if (value.length > inputLimit) return tooLong(inputLimit);
  return { ok: true, text: value };
}

/** The reader's view of a web Request. */
export function webCheckBody(request: Request): CheckBodyInput {
  return {
    contentType: request.headers.get('content-type'),
    contentLength: request.headers.get('content-length'),
    readBody: (maxBytes) => readStreamUpTo(request.body ?? undefined, maxBytes),
  };
}

/** The reader's view of node's IncomingMessage. */
export function nodeCheckBody(request: IncomingMessage): CheckBodyInput {
  return {
    contentType: request.headers['content-type'],
    contentLength: request.headers['content-length'],
    readBody: (maxBytes) => readNodeBodyUpTo(request, maxBytes),
  };
}

function tooLong(inputLimit: number): CheckRequest {
  return { ok: false, status: 413, error: `field "text" is longer than ${inputLimit} characters; send the first ${inputLimit} characters` };
}

/**
 * A web stream's text, or undefined as soon as it passes `maxBytes` (a body without Content-Length may
 * be long); leaving the loop cancels the stream. A body the server stops reading (its own size limit) counts as too long.
 */
async function readStreamUpTo(body: AsyncIterable<Uint8Array> | undefined, maxBytes: number): Promise<string | undefined> {
  if (!body) return '';
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > maxBytes) return undefined;
      text += decoder.decode(chunk, { stream: true });
    }
  } catch {
    return undefined;
  }
  return text + decoder.decode();
}

/**
 * A node request's body as text, or undefined when it passes `maxBytes`. An oversized body is read to its
 * end and dropped (up to DRAIN_LIMIT_BYTES) before resolving: answering while the client is still
 * sending makes the server close a connection with unread data, and the client then sees a reset, not the 413.
 */
function readNodeBodyUpTo(request: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const finish = (value: string | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      total += chunk.length;
      if (total > DRAIN_LIMIT_BYTES) finish(undefined);
      else if (total <= maxBytes) chunks.push(chunk);
    });
    request.on('end', () => finish(total > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => finish(undefined));
    request.on('close', () => finish(undefined));
  });
}
