// Next.js config for the Payload admin and API. Turbopack's root is the monorepo root because
// dependencies are hoisted to /node_modules by npm workspaces.
import { withPayload } from '@payloadcms/next/withPayload';
import type { NextConfig } from 'next';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const monorepoRoot = path.resolve(dirname, '../..');

const nextConfig: NextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  // The build type-checks the app only; tests are type-checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.next.json' },
  // recheck (thorough ReDoS checks on save) loads its own backend at run time; bundling it breaks.
  serverExternalPackages: ['recheck'],
  webpack: (webpackConfig, { isServer }) => {
    // @redflags/corpus (the first-start import) and @redflags/content (the seed) read files beside their own, which bundling
    // breaks; npm links it from packages/, outside node_modules, so serverExternalPackages skips it.
    // Required at run time instead (Node 22 requires ES modules).
    if (isServer)
      webpackConfig.externals = [
        ...[webpackConfig.externals ?? []].flat(),
        { '@redflags/corpus': 'commonjs @redflags/corpus', '@redflags/content': 'commonjs @redflags/content' },
      ];
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    };
    return webpackConfig;
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
