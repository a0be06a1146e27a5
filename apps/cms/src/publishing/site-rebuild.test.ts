// The rebuild trigger: debounced into one call per burst, never throwing, failures logged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSiteRebuildTrigger } from './site-rebuild.js';

function setup(fetchImpl: typeof fetch) {
  const logger = { info: vi.fn<(m: string) => void>(), error: vi.fn<(m: string) => void>() };
  const fetchMock = vi.fn(fetchImpl);
  const trigger = createSiteRebuildTrigger({ url: 'http://build.invalid/rebuild', delayMs: 1000, logger, fetch: fetchMock });
  return { trigger, logger, fetchMock };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSiteRebuildTrigger', () => {
  it('makes one call for a burst of publishes, with every reason, after the quiet time', async () => {
    const { trigger, fetchMock } = setup(async () => new Response('ok'));
    trigger.request('rules/a published');
    await vi.advanceTimersByTimeAsync(600);
    trigger.request('guides/b published');
    await vi.advanceTimersByTimeAsync(600);
    trigger.request('brands/c saved');
    await vi.advanceTimersByTimeAsync(999);
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://build.invalid/rebuild');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body)).reasons).toEqual(['rules/a published', 'guides/b published', 'brands/c saved']);
  });

  it('makes a second call for a publish after the first call went out', async () => {
    const { trigger, fetchMock } = setup(async () => new Response('ok'));
    trigger.request('one');
    await vi.advanceTimersByTimeAsync(1000);
    trigger.request('two');
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('logs a failed call with the URL and does not throw', async () => {
    const { trigger, logger } = setup(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    expect(() => trigger.request('rules/a published')).not.toThrow();
    await vi.advanceTimersByTimeAsync(1000);
    await trigger.settled();
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]?.[0]).toContain('http://build.invalid/rebuild failed: connect ECONNREFUSED');
  });

  it('logs a refused call with its status', async () => {
    const { trigger, logger } = setup(async () => new Response('no', { status: 503, statusText: 'Service Unavailable' }));
    trigger.request('x');
    await vi.advanceTimersByTimeAsync(1000);
    await trigger.settled();
    expect(logger.error.mock.calls[0]?.[0]).toContain('answered 503 Service Unavailable');
  });
});
