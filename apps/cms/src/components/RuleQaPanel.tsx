'use client';
// Rule QA panel on a rule's edit page, so an editor sees what a rule catches before publishing it: the rule AS IT IS BEING EDITED (form state, before
// saving) run in the page over the test messages of the train part: hits with the triggering words
// marked, S/O, the harmless messages it would newly flag against the published bundle, and a "try a
// message" box.
// Data is fetched once as the signed-in editor; the engine runs here in the browser.
import { useAllFormFields } from '@payloadcms/ui';
import { createBrowserChecker, MIN_SCAM_SHARE } from '@redflags/engine/browser';
import { parseHost } from '@redflags/engine/parse-host';
import type { CheckResult, RuleBundle } from '@redflags/schema';
import { reduceFieldsToValues } from 'payload/shared';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RuleDocument } from '../mapping/rule.js';
import { bundleWithRule, ruleOnMessages, type RuleOnMessages } from '../qa/rule-on-messages.js';
import { ruleFromForm } from '../qa/rule-from-form.js';
import { Highlighted } from './Highlighted.js';
import { loadQaData, type QaData } from './load-qa-data.js';

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', margin: '24px 0' } as const;

/** Waits until `value` has not changed for `ms` before passing it on (typing stays smooth). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function RuleQaPanel(): ReactNode {
  const [fields] = useAllFormFields();
  const values = useSettled(
    useMemo(() => reduceFieldsToValues(fields, true) as RuleDocument, [fields]),
    400,
  );
  const [data, setData] = useState<QaData | { error: string } | null>(null);
  const [tryText, setTryText] = useState('');

  useEffect(() => {
    let live = true;
    loadQaData().then(
      (loaded) => live && setData(loaded),
      (error: unknown) => live && setData({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const parsed = useMemo(() => (data && 'bundle' in data ? ruleFromForm(values, data.index) : null), [values, data]);
  const outcome = useMemo((): { figures: RuleOnMessages; bundle: RuleBundle } | { error: string } | null => {
    if (!data || !('bundle' in data) || !parsed?.ok) return null;
    try {
      return { figures: ruleOnMessages(data.bundle, parsed.rule, data.messages), bundle: bundleWithRule(data.bundle, parsed.rule) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [data, parsed]);

  return (
    <section style={box} data-testid="rule-qa-panel" aria-labelledby="rule-qa-title">
      <h3 id="rule-qa-title" style={{ marginTop: 0 }}>
        How this rule does on the test messages
      </h3>
      <p style={{ color: 'var(--theme-elevation-500)' }}>
        Runs the rule as it is now in this form (unsaved changes included) together with the published rules.
      </p>
      {data === null && <p>Loading the test messages and the published bundle…</p>}
      {data && 'error' in data && <p role="alert">Could not load the test data: {data.error}</p>}
      {parsed && !parsed.ok && (
        <div role="status">
          <p>The rule cannot run yet:</p>
          <ul>
            {parsed.problems.slice(0, 5).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome && 'error' in outcome && <p role="alert">The engine cannot run this rule: {outcome.error}</p>}
      {outcome && 'figures' in outcome && data && 'bundle' in data && (
        <Figures figures={outcome.figures} messageCount={data.messages.length} />
      )}
      {data && 'bundle' in data && data.testPartCount > 0 && (
        <p data-testid="rule-qa-test-part" style={{ color: 'var(--theme-elevation-500)' }}>
          Counted on the train part of the test messages.{' '}
          {data.testPartCount === 1 ? 'The 1 message of the test part is' : `The ${data.testPartCount} messages of the test part are`} left
          out: the test part measures the learned model, so no rule is tuned on it.
        </p>
      )}
      {outcome && 'bundle' in outcome && parsed?.ok && (
        <TryBox bundle={outcome.bundle} ruleId={parsed.rule.id} text={tryText} onText={setTryText} />
      )}
    </section>
  );
}

function Figures({ figures, messageCount }: { figures: RuleOnMessages; messageCount: number }): ReactNode {
  const low = figures.scamShare !== null && figures.scamShare < MIN_SCAM_SHARE;
  return (
    <div>
      <p data-testid="rule-qa-summary">
        <strong>{figures.hits.length}</strong> hits on {messageCount} test messages: {figures.scamHits} scam, {figures.harmlessHits}{' '}
        harmless. S/O:{' '}
        <strong data-testid="rule-qa-share" style={{ color: low ? 'var(--theme-error-500)' : undefined }}>
          {figures.scamShare === null ? '—' : figures.scamShare.toFixed(2)}
        </strong>
        {low && ` — below ${MIN_SCAM_SHARE}: publishing will ask you to confirm.`}
      </p>
      {figures.newlyFlagged.length > 0 && (
        <>
          <h4>Harmless messages it would newly flag ({figures.newlyFlagged.length})</h4>
          <ul data-testid="rule-qa-newly-flagged">
            {figures.newlyFlagged.map(({ message, level }) => (
              <li key={message.id}>
                <code>{message.id}</code> ({level}): {message.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {figures.hits.length > 0 && (
        <>
          <h4>Hits</h4>
          <ul data-testid="rule-qa-hits" style={{ maxHeight: 360, overflowY: 'auto' }}>
            {figures.hits.map(({ message, spans }) => (
              <li key={message.id} data-label={message.label}>
                <code>{message.id}</code> <em>{message.label === 'scam' ? 'scam' : 'harmless'}</em>:{' '}
                <Highlighted text={message.text} spans={spans} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function TryBox({
  bundle,
  ruleId,
  text,
  onText,
}: {
  bundle: RuleBundle;
  ruleId: string;
  text: string;
  onText: (text: string) => void;
}): ReactNode {
  const checker = useMemo(() => createBrowserChecker(bundle, { parseHost }), [bundle]);
  const result: CheckResult | null = useMemo(() => (text.trim() === '' ? null : checker.check(text)), [checker, text]);
  const fired = useMemo(() => (text.trim() === '' ? [] : checker.firedRuleIds(text)), [checker, text]);
  const spans = result?.findings.flatMap((f) => f.spans) ?? [];
  return (
    <div>
      <h4>
        <label htmlFor="rule-qa-try">Try a message</label>
      </h4>
      <textarea
        id="rule-qa-try"
        data-testid="rule-qa-try"
        rows={4}
        style={{ width: '100%' }}
        value={text}
        placeholder="Paste any message: it is checked here in the page, never sent anywhere."
        onChange={(event) => onText(event.target.value)}
      />
      {result && (
        <div data-testid="rule-qa-try-result">
          <p>
            Level: <strong>{result.level}</strong>. This rule {fired.includes(ruleId) ? <strong>fires</strong> : 'does not fire'}.
            {result.findings.length > 0 && ` Findings: ${result.findings.map((f) => f.title).join('; ')}.`}
          </p>
          <p style={{ whiteSpace: 'pre-wrap' }}>
            <Highlighted text={text} spans={spans} />
          </p>
        </div>
      )}
    </div>
  );
}
