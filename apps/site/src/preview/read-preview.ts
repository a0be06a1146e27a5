// Reads the draft a preview link asks for: checks the link's signed key (REDFLAGS_PREVIEW_SECRET),
// then asks the CMS at REDFLAGS_CONTENT for the document with that same secret. Every refusal
// comes back as a status and a sentence for the editor; nothing is cached.
import { PreviewDocument, verifyPreviewToken, type GuidePreview, type PreviewCollection, type RulePreview } from '@redflags/schema';

export type PreviewOutcome<T> =
  | { ok: true; preview: T; adminOrigin: string }
  | { ok: false; status: 401 | 404 | 502 | 503; message: string; adminOrigin?: string };

type PreviewOf<C extends PreviewCollection> = C extends 'guides' ? GuidePreview : RulePreview;

export interface ReadPreviewOptions {
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  now?: number;
}

const TIMEOUT_MS = 10_000;
const NOUN = { guides: 'guide', rules: 'rule' } as const;

/** The preview of `collection`/`id` that `key` opens, or why it cannot be shown. */
export async function readPreview<C extends PreviewCollection>(
  collection: C,
  id: string,
  key: string | null,
  options: ReadPreviewOptions = {},
): Promise<PreviewOutcome<PreviewOf<C>>> {
  const env = options.env ?? process.env;
  const secret = env.REDFLAGS_PREVIEW_SECRET;
  if (!secret || secret.length < 16) {
    return {
      ok: false,
      status: 503,
      message:
        'Previews are not set up on this site: set REDFLAGS_PREVIEW_SECRET (16 characters or more) to the same value on the site and the CMS.',
    };
  }
  if (!key) return { ok: false, status: 401, message: 'This preview address has no key. Open the preview from the admin.' };
  const check = await verifyPreviewToken(key, secret, options.now);
  if (!check.ok)
    return { ok: false, status: 401, message: `This preview link cannot be used: ${check.reason}. Open the preview from the admin again.` };
  const { adminOrigin } = check.claims;
  if (check.claims.collection !== collection || check.claims.id !== id) {
    return { ok: false, status: 401, message: 'This preview key opens another document. Open the preview from the admin again.' };
  }
  const cms = env.REDFLAGS_CONTENT ?? '';
  if (!/^https?:\/\//i.test(cms)) {
    return {
      ok: false,
      status: 503,
      adminOrigin,
      message: 'This site is not connected to a CMS (REDFLAGS_CONTENT is not its http(s) address), so it cannot show drafts.',
    };
  }
  const url = new URL(`api/preview/${collection}/${encodeURIComponent(id)}`, cms.endsWith('/') ? cms : `${cms}/`);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers: { Authorization: `Bearer ${secret}`, Accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return {
      ok: false,
      status: 502,
      adminOrigin,
      message: `The CMS could not be reached at ${url.origin} (${(error as Error).message}). Try again in a moment.`,
    };
  }
  if (response.status === 404)
    return { ok: false, status: 404, adminOrigin, message: `There is no ${NOUN[collection]} ${id} in the CMS: it may have been deleted.` };
  if (response.status === 401) {
    return {
      ok: false,
      status: 502,
      adminOrigin,
      message: 'The CMS refused this site’s preview secret: REDFLAGS_PREVIEW_SECRET must be the same on the site and the CMS.',
    };
  }
  if (!response.ok)
    return {
      ok: false,
      status: 502,
      adminOrigin,
      message: `The CMS answered ${response.status} when asked for the draft. Try again in a moment.`,
    };
  const parsed = PreviewDocument.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success || parsed.data.collection !== collection) {
    return {
      ok: false,
      status: 502,
      adminOrigin,
      message: 'The CMS sent a draft this site cannot read: are the CMS and the site the same version?',
    };
  }
  return { ok: true, preview: parsed.data as PreviewOf<C>, adminOrigin };
}
