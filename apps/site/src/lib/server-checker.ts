// The engine's checker, built once per server process on the published bundle (validated at build
// time), for /api/check and the no-JS form.
import { createChecker, type Checker } from '@redflags/engine';
import { getPublishedBundle } from './published-bundle.js';

let checker: Promise<Checker> | undefined;

/** The checker and the bundle's input limit. */
export async function getServerChecker(): Promise<{ checker: Checker; inputLimit: number }> {
  checker ??= getPublishedBundle().then(({ bundle }) => createChecker(bundle));
  const { bundle } = await getPublishedBundle();
  return { checker: await checker, inputLimit: bundle.settings.inputLimit };
}
