// Publishing a scored rule whose hits on the train part of the test messages are less than 80 % scams (S/O < 0.8, at
// least one hit) is refused on the `publishDespiteLowPrecision` checkbox unless the editor ticked it;
// when ticked, who published it anyway and when are recorded on the rule and the box is cleared for
// the next publish. Runs after refuseInvalidRule, so the rule already parses and compiles.
import { MIN_SCAM_SHARE } from '@redflags/engine';
import { BUNDLE_FORMAT_VERSION, CheckerSettings, Rule, RuleBundle } from '@redflags/schema';
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload';
import { mergeDocument } from '../mapping/merge-document.js';
import { ruleFromDocument, type RuleDocument } from '../mapping/rule.js';
import { ruleOnMessages, testMessageName, type TestMessage } from '../qa/rule-on-messages.js';
import type { StoredTestMessage } from '../test-messages/stored-test-message.js';
import { refuseIfProblems } from '../validation/refuse.js';
import { loadRuleCheckContext } from '../validation/rule-context.js';

/** Thresholds only change levels, never which rules fire; used when the settings do not parse. */
const FALLBACK_SETTINGS = { thresholds: { caution: 2, high: 4 } };

interface LowPrecisionFields {
  publishDespiteLowPrecision?: boolean | null;
  lowPrecisionPublishedBy?: string | null;
  lowPrecisionPublishedAt?: string | null;
}

export const refuseLowPrecisionPublish: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const merged = mergeDocument(originalDoc, data) as RuleDocument & LowPrecisionFields;
  const stored = (originalDoc ?? {}) as LowPrecisionFields;
  // The record is written only here: any value sent with a save is replaced.
  const keepRecord = {
    lowPrecisionPublishedBy: stored.lowPrecisionPublishedBy ?? null,
    lowPrecisionPublishedAt: stored.lowPrecisionPublishedAt ?? null,
  };
  if (merged._status !== 'published') return { ...data, ...keepRecord };
  if (merged.scored === false)
    return { ...data, publishDespiteLowPrecision: false, lowPrecisionPublishedBy: null, lowPrecisionPublishedAt: null };
  const context = await loadRuleCheckContext(req, merged.id);
  const rule = Rule.parse(ruleFromDocument(merged, context.index));
  const bundle = RuleBundle.parse({
    formatVersion: BUNDLE_FORMAT_VERSION,
    generatedAt: new Date().toISOString(),
    rules: context.engine.rules,
    brands: context.engine.brands,
    settings: context.engine.settings ?? CheckerSettings.parse(FALLBACK_SETTINGS),
  });
  const figures = ruleOnMessages(bundle, rule, await loadTestMessages(req));
  const result = data as LowPrecisionFields;
  if (figures.scamShare === null || figures.scamShare >= MIN_SCAM_SHARE) {
    return { ...result, publishDespiteLowPrecision: false, lowPrecisionPublishedBy: null, lowPrecisionPublishedAt: null };
  }
  if (!merged.publishDespiteLowPrecision) {
    const harmless = figures.hits.filter((hit) => hit.message.label !== 'scam').map((hit) => hit.message.id);
    const shown = harmless.slice(0, 5).join(', ') + (harmless.length > 5 ? ', …' : '');
    refuseIfProblems(
      [
        {
          field: 'publishDespiteLowPrecision',
          message:
            `only ${Math.round(figures.scamShare * 100)} % of this rule's hits on the test messages are scams ` +
            `(S/O ${figures.scamShare.toFixed(2)}: ${figures.scamHits} scam, ${figures.harmlessHits} harmless — ${shown}); ` +
            `the bar is ${MIN_SCAM_SHARE}. Narrow the rule, or tick "Publish despite low precision" to publish it anyway.`,
        },
      ],
      { collection: collection.slug, req },
    );
  }
  const user = req.user as { email?: string; id?: string | number } | null | undefined;
  return {
    ...result,
    publishDespiteLowPrecision: false,
    lowPrecisionPublishedBy: user?.email ?? (user?.id !== undefined ? `user ${user.id}` : 'a script (no signed-in user)'),
    lowPrecisionPublishedAt: new Date().toISOString(),
  };
};

/**
 * The test messages of the train part (and any stored without a part), labelled, identified by their
 * source's corpus id when they have one. The test part only measures the learned model.
 */
async function loadTestMessages(req: PayloadRequest): Promise<TestMessage[]> {
  const found = await req.payload.find({ collection: 'test-messages', depth: 0, pagination: false, overrideAccess: true, req });
  const docs = found.docs as StoredTestMessage[];
  return docs
    .filter((doc) => doc.part !== 'test')
    .map((doc) => ({
      id: testMessageName(doc),
      label: doc.label,
      text: doc.text,
    }));
}
