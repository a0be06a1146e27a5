// What a running site holds, read from the site itself, so these tests work on any content
// (the fixture or the seeded launch content).

/** The published bundle's input limit (characters), from the bundle the checker page loads. */
export async function inputLimitOf(siteUrl: string): Promise<number> {
  const html = await (await fetch(`${siteUrl}/check/`)).text();
  const bundleUrl = /data-bundle-url="([^"]+)"/.exec(html)?.[1];
  if (!bundleUrl) throw new Error('the /check/ page names no rule bundle (data-bundle-url)');
  const bundle = (await (await fetch(siteUrl + bundleUrl)).json()) as { settings: { inputLimit: number } };
  return bundle.settings.inputLimit;
}

/** One guide page, one channel list and one brand list, as linked from /guides/. */
export async function samplePagesOf(siteUrl: string): Promise<{ guide: string; channel: string; brand: string }> {
  const html = await (await fetch(`${siteUrl}/guides/`)).text();
  const first = (pattern: RegExp, what: string) => {
    const found = pattern.exec(html)?.[1];
    if (!found) throw new Error(`/guides/ links to no ${what}`);
    return found;
  };
  return {
    guide: first(/href="(\/guides\/(?!channel\/|brand\/|kind\/)[a-z0-9-]+\/)"/, 'guide'),
    channel: first(/href="(\/guides\/channel\/[a-z0-9-]+\/)"/, 'channel list'),
    brand: first(/href="(\/guides\/brand\/[a-z0-9-]+\/)"/, 'brand list'),
  };
}
