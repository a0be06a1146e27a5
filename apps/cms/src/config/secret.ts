// PAYLOAD_SECRET signs sessions. Taken from the environment; otherwise generated once and kept in
// a git-ignored file so sessions survive restarts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function resolveSecret(fromEnv: string | undefined, secretFile: string): string {
  if (fromEnv && fromEnv.trim().length > 0) return fromEnv.trim();
  if (existsSync(secretFile)) {
    const stored = readFileSync(secretFile, 'utf8').trim();
    if (stored.length > 0) return stored;
  }
  const secret = randomBytes(32).toString('hex');
  mkdirSync(path.dirname(secretFile), { recursive: true });
  writeFileSync(secretFile, `${secret}\n`, { mode: 0o600 });
  return secret;
}
