// The train/test split: stratified by label, kind and channel, fixed by id once made.
import { createHash } from 'node:crypto';
import type { CorpusPart, LabelledMessage } from '@redflags/schema';

/** Share of each stratum kept for testing only. */
export const TEST_SHARE = 0.3;

/** The group a message is split within, so both parts hold each label, kind and channel in proportion. */
export function stratumOf(message: Pick<LabelledMessage, 'label' | 'kind' | 'channel'>): string {
  return `${message.label}/${message.kind}/${message.channel}`;
}

/**
 * Gives every message without a part one, keeping the parts already given: within each stratum the new
 * messages are taken in the order of a hash of their id, and enough of them go to `test` to bring the
 * stratum's test share as close to `testShare` as whole messages allow (a stratum of one stays in train).
 * @example assignParts(messages, new Map()).get('d001') // "train" or "test", the same on every run
 */
export function assignParts(
  messages: readonly LabelledMessage[],
  existing: ReadonlyMap<string, CorpusPart>,
  testShare = TEST_SHARE,
): Map<string, CorpusPart> {
  const parts = new Map<string, CorpusPart>();
  const strata = new Map<string, LabelledMessage[]>();
  for (const message of messages) {
    const known = existing.get(message.id);
    if (known !== undefined) parts.set(message.id, known);
    let stratum = strata.get(stratumOf(message));
    if (stratum === undefined) {
      stratum = [];
      strata.set(stratumOf(message), stratum);
    }
    stratum.push(message);
  }
  for (const members of strata.values()) {
    const wanted = Math.floor(members.length * testShare + 0.5);
    let inTest = members.filter((m) => parts.get(m.id) === 'test').length;
    const fresh = members.filter((m) => !parts.has(m.id)).sort((a, b) => orderKey(a.id).localeCompare(orderKey(b.id)));
    for (const message of fresh) {
      const part: CorpusPart = inTest < wanted ? 'test' : 'train';
      if (part === 'test') inTest += 1;
      parts.set(message.id, part);
    }
  }
  return parts;
}

/** A stable pseudo-random order that does not follow the ids' numbering (and so not their source). */
function orderKey(id: string): string {
  return createHash('sha256').update(`redflags-split:${id}`).digest('hex');
}
