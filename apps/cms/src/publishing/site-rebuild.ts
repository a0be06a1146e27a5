// Calls the site's rebuild hook after publishes, debounced: a burst of publishes makes one call.
// Never throws into the caller: a failed call is logged and the editor's save stands.

export interface RebuildLogger {
  info: (message: string) => void;
  error: (message: string) => void;
}

export interface SiteRebuildOptions {
  url: string;
  /** Quiet time after the last publish before the hook is called. */
  delayMs: number;
  logger: RebuildLogger;
  fetch?: typeof globalThis.fetch;
  /** Abort a call that takes longer than this. */
  timeoutMs?: number;
}

export interface SiteRebuildTrigger {
  /** Asks for a rebuild because of `reason` (e.g. "rules/gift-card-payment published"). */
  request: (reason: string) => void;
  /** Resolves when no call is pending or running (for tests and shutdown). */
  settled: () => Promise<void>;
}

/**
 * A trailing debounce around one POST to `url` with the reasons collected since the last call.
 * @example createSiteRebuildTrigger({ url, delayMs: 2000, logger }).request('guides/amazon-call published')
 */
export function createSiteRebuildTrigger(options: SiteRebuildOptions): SiteRebuildTrigger {
  const send = options.fetch ?? globalThis.fetch;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reasons: string[] = [];
  let running: Promise<void> = Promise.resolve();

  const call = async (batch: string[]): Promise<void> => {
    try {
      const response = await send(options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reasons: batch, requestedAt: new Date().toISOString() }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!response.ok) {
        options.logger.error(
          `site rebuild hook ${options.url} answered ${response.status} ${response.statusText}; the site was not rebuilt`,
        );
        return;
      }
      options.logger.info(`site rebuild requested (${batch.length} change${batch.length === 1 ? '' : 's'})`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.logger.error(
        `site rebuild hook ${options.url} failed: ${reason}; check SITE_REBUILD_URL and that the site's build server is running`,
      );
    }
  };

  return {
    request(reason) {
      reasons.push(reason);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const batch = reasons;
        reasons = [];
        running = running.then(() => call(batch));
      }, options.delayMs);
      timer.unref?.();
    },
    async settled() {
      while (timer !== undefined) await new Promise((resolve) => setTimeout(resolve, 10));
      await running;
    },
  };
}
