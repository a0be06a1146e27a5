// Asks a starting server for one page until it answers 2xx. Payload starts in the Next server at
// its first request, and with it the jobs runner that fires scheduled publishes; making that first
// request at once means a restart never leaves a scheduled time waiting for an editor to visit.

/**
 * Resolves once `url` answers 2xx; rejects after `timeoutMs`, or as soon as `stillRunning()` says
 * the server is gone.
 * @param {string} url
 * @param {{ timeoutMs?: number, intervalMs?: number, stillRunning?: () => boolean }} [options]
 * @returns {Promise<number>} the milliseconds it took
 * @example await warmUp('http://127.0.0.1:3000/api/bundle', { stillRunning: () => child.exitCode === null })
 */
export async function warmUp(url, { timeoutMs = 300_000, intervalMs = 500, stillRunning = () => true } = {}) {
  const started = Date.now();
  let last = 'no answer yet';
  while (Date.now() - started < timeoutMs) {
    if (!stillRunning()) throw new Error(`the server stopped before ${url} answered (${last})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.ok) return Date.now() - started;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s (${last})`);
}
