// Static pages plus a node server for the on-demand routes (/api/check, the no-JS checker form and
// the editors' draft previews under /preview/).
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ocrAssets } from './integrations/ocr-assets.mjs';

export default defineConfig({
  // Canonical URLs, the sitemap and RSS use this; set REDFLAGS_SITE_URL to the public address.
  site: process.env.REDFLAGS_SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  // 1 MiB holds the largest text the schema allows (100,000 characters) in any encoding; the default is 1 GiB.
  adapter: node({ mode: 'standalone', bodySizeLimit: 1024 * 1024 }),
  // A publish builds into a fresh folder and swaps it in when complete, so a visitor never sees a half-built site.
  outDir: process.env.REDFLAGS_SITE_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  integrations: [sitemap({ filter: (page) => !/\/(check\/result|api|bundle|preview)\//.test(page) }), ocrAssets()],
  // Astro rejects cross-site form posts to on-demand routes (the no-JS checker form).
  security: { checkOrigin: true },
  build: { inlineStylesheets: 'never' },
  server: { port: 4321, host: true },
  devToolbar: { enabled: false },
  vite: {
    // Scripts are never inlined, so the Content-Security-Policy needs no 'unsafe-inline' in script-src.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Inlining exported string constants copies tldts' public-suffix data into every place it is read (3×).
        optimization: { inlineConst: false },
      },
    },
  },
});
