// Every on-demand response (/api/check, the no-JS checker form) gets the security headers; posts to
// the no-JS checker form are rate-limited per address and refused early when their declared body is too
// big (/api/check does both itself, in lib/check-api.ts).
// Draft previews get their own (preview/preview-headers.mjs): framed by their admin only, never indexed.
import { defineMiddleware } from 'astro:middleware';
import { sharedRateLimiter } from './lib/rate-limit.ts';
import { getServerChecker } from './lib/server-checker.js';
import { isPreviewPath, previewHeaders } from './preview/preview-headers.mjs';
import { SECURITY_HEADERS } from './security-headers.mjs';

const limiter = sharedRateLimiter();
const FORM_PATHS = new Set(['/check/result', '/check/result/']);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await limitFormPosts(context, next);
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

async function limitFormPosts(context: Context, next: () => Promise<Response>): Promise<Response> {
  if (context.request.method !== 'POST' || !FORM_PATHS.has(context.url.pathname)) return next();
  const decision = limiter.take(context.clientAddress);
  if (!decision.allowed) {
    // The form page explains it in words, without reading the text.
    context.locals.retryAfterSeconds = decision.retryAfterSeconds;
    return next();
  }
  // A form body can take 9 bytes per character (%XX%XX%XX); refuse a bigger one before it is read.
  const { inputLimit } = await getServerChecker();
  if (Number(context.request.headers.get('content-length') ?? '0') > inputLimit * 9 + 1024) {
    context.locals.bodyTooLarge = true;
  }
  return next();
}
