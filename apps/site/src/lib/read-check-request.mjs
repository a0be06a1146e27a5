// Reads and checks the body of POST /api/check: {"text": "..."} as JSON, within the input limit.
// Every bad request gets a 4xx with a message; the text itself is never logged.

export type CheckRequest = { ok: true; text: string } | { ok: false; status: 400 | 413 | 415; error: string };

/** Worst case of JSON-encoded bytes per UTF-16 unit (`\u0000` escapes), plus room for the envelope. */
const bytesAllowed = (inputLimit: number) => inputLimit * 6 + 1024;

/** Parses the request; `inputLimit` is the bundle's `settings.inputLimit` (characters). */
export async function readCheckRequest(request: Request, inputLimit: number): Promise<CheckRequest> {
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    return { ok: false, status: 415, error: `send the text as JSON with "Content-Type: application/json", e.g. {"text": "…"}; got "${contentType || 'no content type'}"` };
  }
  const declaredLength = Number(request.headers.get('content-length') ?? '0');
  if (declaredLength > bytesAllowed(inputLimit)) return tooLong(inputLimit);
  const body = await readBodyUpTo(request, bytesAllowed(inputLimit));
  if (body === undefined) return tooLong(inputLimit);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid JSON; send {"text": "the message to check"}' };
  }
  const text = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).text : undefined;
  if (typeof text !== 'string') {
    return { ok: false, status: 400, error: 'field "text" is missing or not a string; send {"text": "the message to check"}' };
  }
  if (text.trim().length === 0) return { ok: false, status: 400, error: 'field "text" is empty; paste the message to check' };
  if (text.length > inputLimit) return tooLong(inputLimit);
  return { ok: true, text };
}

function tooLong(inputLimit: number): CheckRequest {
  return { ok: false, status: 413, error: `field "text" is longer than ${inputLimit} characters; send the first ${inputLimit} characters` };
}

/** The body as text, or undefined as soon as it passes `maxBytes` (a body without Content-Length may be long). */
async function readBodyUpTo(request: Request, maxBytes: number): Promise<string | undefined> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
