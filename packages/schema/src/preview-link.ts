// Signed preview links. The CMS signs which draft a link opens, until when, and which admin origin
// may frame it, with the secret only the CMS and the site share (REDFLAGS_PREVIEW_SECRET); the
// site checks the signature before it asks the CMS for the draft. Web Crypto (HMAC-SHA-256), so the
// same code runs in Node and in a browser; a leaked link opens one document for a day, not every draft.
import { z } from 'zod';

/** The collections a preview link can open. */
export const PreviewCollection = z.enum(['guides', 'rules']);
export type PreviewCollection = z.infer<typeof PreviewCollection>;

/** What a preview link grants. */
export interface PreviewClaims {
  collection: PreviewCollection;
  /** The Payload document id, as a string. */
  id: string;
  /** The admin's origin (`https://cms.example.org`): the only page allowed to frame the preview. */
  adminOrigin: string;
  /** Milliseconds since 1970 after which the link no longer opens. */
  expiresAt: number;
}

export type PreviewTokenCheck = { ok: true; claims: PreviewClaims } | { ok: false; reason: string };

const Claims = z.object({
  c: PreviewCollection,
  i: z.string().min(1).max(100),
  o: z.string().max(300),
  e: z.number().int().positive(),
});

const encoder = new TextEncoder();

/**
 * A token for `claims`: base64url(JSON claims) "." base64url(HMAC-SHA-256 of that text).
 * @example await signPreviewToken({ collection: 'guides', id: '7', adminOrigin: 'http://localhost:3000', expiresAt }, secret) // "eyJj….Qx3…"
 */
export async function signPreviewToken(claims: PreviewClaims, secret: string): Promise<string> {
  const origin = adminOriginOf(claims.adminOrigin);
  if (origin === undefined) throw new Error(`preview link: "${claims.adminOrigin}" is not an http(s) origin`);
  const body = base64url(encoder.encode(JSON.stringify({ c: claims.collection, i: claims.id, o: origin, e: claims.expiresAt })));
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(body));
  return `${body}.${base64url(new Uint8Array(signature))}`;
}

/**
 * Checks a token's signature and expiry; the reason says what was wrong, never what was expected.
 * @example await verifyPreviewToken(token, secret) // { ok: true, claims: { collection: 'guides', id: '7', … } }
 */
export async function verifyPreviewToken(token: string, secret: string, now: number = Date.now()): Promise<PreviewTokenCheck> {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'the preview key is malformed' };
  const signatureBytes = fromBase64url(signature);
  if (signatureBytes === undefined) return { ok: false, reason: 'the preview key is malformed' };
  // subtle.verify compares in constant time.
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), signatureBytes, encoder.encode(body));
  if (!valid) return { ok: false, reason: 'the preview key was not made by this CMS (or the shared secret changed)' };
  const bytes = fromBase64url(body);
  let parsed: z.infer<typeof Claims>;
  try {
    parsed = Claims.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return { ok: false, reason: 'the preview key is malformed' };
  }
  const origin = adminOriginOf(parsed.o);
  if (origin === undefined || origin !== parsed.o) return { ok: false, reason: 'the preview key is malformed' };
  if (parsed.e <= now) return { ok: false, reason: 'the preview link has expired' };
  return { ok: true, claims: { collection: parsed.c, id: parsed.i, adminOrigin: origin, expiresAt: parsed.e } };
}

/**
 * The origin of an http(s) address, or undefined for anything else.
 * @example adminOriginOf('http://localhost:3000/admin') // "http://localhost:3000"
 */
export function adminOriginOf(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  if (secret.length < 16) throw new Error('the preview secret must be at least 16 characters (REDFLAGS_PREVIEW_SECRET)');
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[\w-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
