// Reads and checks the body of POST /api/check: {"text": "..."} as JSON, within the input limit.
// Every bad request gets a 4xx with a message; the text itself is never logged. Plain JavaScript
// (typed with JSDoc) because the node server's fast path (server/api-check-handler.mjs) uses it too.

/** @typedef {{ ok: true, text: string } | { ok: false, status: 400 | 413 | 415, error: string }} CheckRequest */

/** Worst case of JSON-encoded bytes per UTF-16 unit (`\u0000` escapes), plus room for the envelope. */
const bytesAllowed = (/** @type {number} */ inputLimit) => inputLimit * 6 + 1024;

/**
 * Parses a web Request; `inputLimit` is the bundle's `settings.inputLimit` (characters).
 * @param {Request} request
 * @param {number} inputLimit
 * @returns {Promise<CheckRequest>}
 */
export function readCheckRequest(request, inputLimit) {
  return readCheckBody(
    {
      contentType: request.headers.get('content-type'),
      contentLength: request.headers.get('content-length'),
      readBody: (maxBytes) => readStreamUpTo(request.body ?? undefined, maxBytes),
    },
    inputLimit,
  );
}

/**
 * The same from its parts, so the node server's fast path needs no Request object. `readBody(maxBytes)`
 * resolves with the body as text, or undefined once it is longer than `maxBytes`.
 * @example await readCheckBody({ contentType: 'application/json', contentLength: null, readBody: async () => '{}' }, 100) // { ok: false, status: 400, … }
 * @param {{ contentType: string | null | undefined, contentLength: string | null | undefined, readBody: (maxBytes: number) => Promise<string | undefined> }} input
 * @param {number} inputLimit
 * @returns {Promise<CheckRequest>}
 */
export async function readCheckBody({ contentType: rawType, contentLength, readBody }, inputLimit) {
  const contentType = (rawType ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    return { ok: false, status: 415, error: `send the text as JSON with "Content-Type: application/json", e.g. {"text": "…"}; got "${contentType || 'no content type'}"` };
  }
  if (Number(contentLength ?? '0') > bytesAllowed(inputLimit)) return tooLong(inputLimit);
  const text = await readBody(bytesAllowed(inputLimit));
  if (text === undefined) return tooLong(inputLimit);
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid JSON; send {"text": "the message to check"}' };
  }
  const value = typeof parsed === 'object' && parsed !== null ? /** @type {Record<string, unknown>} */ (parsed).text : undefined;
  if (typeof value !== 'string') {
    return { ok: false, status: 400, error: 'field "text" is missing or not a string; send {"text": "the message to check"}' };
  }
  if (value.trim().length === 0) return { ok: false, status: 400, error: 'field "text" is empty; paste the message to check' };
  if (value.length > inputLimit) return tooLong(inputLimit);
  return { ok: true, text: value };
}

/** @param {number} inputLimit @returns {CheckRequest} */
function tooLong(inputLimit) {
  return { ok: false, status: 413, error: `field "text" is longer than ${inputLimit} characters; send the first ${inputLimit} characters` };
}

/**
 * A web stream's text, or undefined as soon as it passes `maxBytes` (a body without Content-Length may
 * be long); leaving the loop cancels the stream. A body the server stops reading (its own size limit) counts as too long.
 * @param {AsyncIterable<Uint8Array> | undefined} body
 * @param {number} maxBytes
 * @returns {Promise<string | undefined>}
 */
async function readStreamUpTo(body, maxBytes) {
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
