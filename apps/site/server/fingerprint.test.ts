import { describe, expect, it } from 'vitest';
import { fingerprintBuildInputs } from './fingerprint.ts';

/** A stand-in for fetch that answers every request with `body` (JSON) and `status`, and records the URLs. */
function answering(body: unknown, status = 200) {
  const asked: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    asked.push(String(input));
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

const content = {
  generatedAt: '2026-12-01T10:00:00.000Z',
  guides: [{ slug: 'a' }],
  bundle: { generatedAt: '2026-12-01T10:00:00.000Z', rules: [] },
};

describe('fingerprintBuildInputs', () => {
  it('reads the CMS export and ignores when it was generated', async () => {
    const first = answering(content);
    const later = answering({
      ...content,
      generatedAt: '2026-12-02T09:00:00.000Z',
      bundle: { ...content.bundle, generatedAt: '2026-12-02T09:00:00.000Z' },
    });
    const hash = await fingerprintBuildInputs('http://cms.test:3000', first.fetchImpl);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprintBuildInputs('http://cms.test:3000/', later.fetchImpl)).toBe(hash);
    expect([...first.asked, ...later.asked]).toEqual(['http://cms.test:3000/api/export', 'http://cms.test:3000/api/export']);
  });

  it('changes when the content does', async () => {
    const before = await fingerprintBuildInputs('http://cms.test', answering(content).fetchImpl);
    const after = await fingerprintBuildInputs('http://cms.test', answering({ ...content, guides: [{ slug: 'b' }] }).fetchImpl);
    expect(after).not.toBe(before);
  });

  it('is undefined when the CMS answers an error or cannot be reached', async () => {
    expect(await fingerprintBuildInputs('http://cms.test', answering({ error: 'down' }, 503).fetchImpl)).toBeUndefined();
    const unreachable = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    expect(await fingerprintBuildInputs('http://cms.test', unreachable)).toBeUndefined();
  });
});
