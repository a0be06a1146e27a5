// Reading the files the CLI is given: bundles and JSONL message files.
import { existsSync, readFileSync } from 'node:fs';
import { LabelledMessage } from '@redflags/schema';

/** An error the user can fix; the CLI prints its message (no stack) and exits 1. */
export class UsageError extends Error {}

export function readJsonFile(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what} ${path} does not exist; give the path to a JSON file`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${what} ${path} is not valid JSON (${(error as Error).message}); fix the file or export it again`);
  }
}

/** Reads labelled messages, one JSON object a line; names the line of any bad one. */
export function readLabelledMessages(path: string): LabelledMessage[] {
  if (!existsSync(path))
    throw new UsageError(`messages file ${path} does not exist; give a .jsonl file such as packages/corpus/messages.jsonl`);
  const messages: LabelledMessage[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new UsageError(`${path}:${i + 1}: not valid JSON; each line must be one {"id","label","channel","kind","text"} object`);
      }
      const parsed = LabelledMessage.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new UsageError(`${path}:${i + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
      }
      messages.push(parsed.data);
    });
  return messages;
}

/** The starter bundle shipped as a fixture with the engine. */
export function starterBundlePath(): string {
  return new URL('../../fixtures/starter-bundle.json', import.meta.url).pathname;
}
