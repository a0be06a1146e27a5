// Build-time benchmark (how long a publish keeps the live site waiting): generates 50, 500 and 2,000 guides by varying the fixture's
// guides (new slugs, numbered titles, rotated related guides), builds the site for each count,
// and prints one JSON line with the seconds and output size per count.
// Usage: npm run bench:build [-- --counts 50,500,2000]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite } from '../server/site-builder.ts';

const siteRoot = resolve(new URL('..', import.meta.url).pathname);
const workDir = join(siteRoot, '.bench');
const countsArg = process.argv.indexOf('--counts');
const counts = countsArg > 0 ? process.argv[countsArg + 1].split(',').map(Number) : [50, 500, 2000];
const fixture = JSON.parse(readFileSync(join(siteRoot, 'fixtures/content/content.json'), 'utf8'));

/** `count` guides, each a fixture guide under a new slug, linking to its neighbours. */
function generateGuides(count) {
  const slugs = Array.from({ length: count }, (_, index) => `${fixture.guides[index % fixture.guides.length].slug}-${index + 1}`);
  return slugs.map((slug, index) => {
    const base = fixture.guides[index % fixture.guides.length];
    return {
      ...base,
      slug,
      title: `${base.title.replace(/\?$/, '')} (case ${index + 1})?`,
      relatedGuides: [slugs[(index + 1) % count], slugs[(index + 2) % count]].filter((s) => s !== slug),
      publishedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    };
  });
}

const results = {};
rmSync(workDir, { recursive: true, force: true });
for (const count of counts) {
  const contentDir = join(workDir, `content-${count}`);
  const outDir = join(workDir, `site-${count}`);
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'content.json'), JSON.stringify({ ...fixture, guides: generateGuides(count) }));
  process.stderr.write(`building ${count} guides… `);
  const seconds = await buildSite(outDir, {
    env: { ...process.env, REDFLAGS_CONTENT: contentDir, REDFLAGS_CONTENT_SNAPSHOT: join(contentDir, 'snapshot.json') },
  });
  const bytes = Number(execFileSync('du', ['-sb', outDir], { encoding: 'utf8' }).split('\t')[0]);
  process.stderr.write(`${seconds.toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB\n`);
  results[count] = { seconds: Number(seconds.toFixed(2)), output_bytes: bytes };
  rmSync(outDir, { recursive: true, force: true });
}
rmSync(workDir, { recursive: true, force: true });
const largest = counts.at(-1);
const smallest = counts[0];
console.log(
  JSON.stringify({
    guides: results,
    seconds_per_1000_guides: Number(((results[largest].seconds - results[smallest].seconds) / ((largest - smallest) / 1000)).toFixed(2)),
  }),
);
