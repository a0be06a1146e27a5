// Emits the published rule bundle as a static, hashed file (bundle/rules.<hash>.json) for the browser checker.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedBundle } from '../../lib/published-bundle.js';

export const getStaticPaths: GetStaticPaths = async () => {
  const { hash } = await getPublishedBundle();
  return [{ params: { file: `rules.${hash}.json` } }];
};

export const GET: APIRoute = async () =>
  new Response((await getPublishedBundle()).json, { headers: { 'content-type': 'application/json' } });
