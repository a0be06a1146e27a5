// Every on-demand response (/api/check, the no-JS checker form) gets the security headers; posts to
// the checker are rate-limited per address and refused early when their declared body is too big.
// Draft previews get their own (preview/preview-headers.mjs): framed by their admin only, never indexed.
import { defineMiddleware } from 'astro:middleware';
import { sharedRateLimiter } from './lib/rate-limit.mjs';
import { getServerChecker } from './lib/server-checker.js';
import { isPreviewPath, previewHeaders } from './preview/preview-headers.mjs';
import { SECURITY_HEADERS } from './security-headers.mjs';

const limiter = sharedRateLimiter();
const API_PATHS = new Set(['/api/check', '/api/check/']);
const FORM_PATHS = new Set(['/check/result', '/check/result/']);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await limitCheckerPosts(context, next);
  if (isPreviewPath(context.url.pathname)) {
    const headers = previewHeaders(context.locals.previewAdminOrigin);
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    if (!('X-Frame-Options' in headers)) response.headers.delete('X-Frame-Options');
    return response;
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
});

type Context = Parameters<Parameters<typeof defineMiddleware>[0]>[0];

async function limitCheckerPosts(context: Context, next: () => Promise<Response>): Promise<Response> {
  const { pathname } = context.url;
  const isApi = API_PATHS.has(pathname);
  if (context.request.method !== 'POST' || (!isApi && !FORM_PATHS.has(pathname))) return next();
  const decision = limiter.take(context.clientAddress);
  if (!decision.allowed) {
    const retryAfter = String(decision.retryAfterSeconds);
    if (isApi) {
      return jsonError(429, `too many checks from your address; wait ${retryAfter} seconds and try again`, { 'retry-after': retryAfter });
    }
    // The form page explains it in words, without reading the text.
    context.locals.retryAfterSeconds = decision.retryAfterSeconds;
    return next();
  }
  if (!isApi) {
    // A form body can take 9 bytes per character (%XX%XX%XX); refuse a bigger one before it is read.
    const { inputLimit } = await getServerChecker();
    if (Number(context.request.headers.get('content-length') ?? '0') > inputLimit * 9 + 1024) {
      context.locals.bodyTooLarge = true;
    }
  }
  return next();
}

function jsonError(status: number, error: string, headers: Record<string, string>): Response {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}
