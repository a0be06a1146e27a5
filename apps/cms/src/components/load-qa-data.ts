// What the rule QA panel loads once, as the signed-in editor: the test messages of the train part (the
// test part is kept for measuring the learned model, so rules are never tuned on it), the published
// bundle (GET /api/bundle) and the rule and guide ids → slugs (to name a combination's parts).
import type { RuleBundle } from '@redflags/schema';
import type { SlugIndex } from '../mapping/relations.js';
import { testMessageName, type TestMessage } from '../qa/rule-on-messages.js';

export interface QaData {
  /** The train part (and messages stored without a part). */
  messages: TestMessage[];
  /** How many test-part messages were left out. */
  testPartCount: number;
  bundle: RuleBundle;
  index: Pick<SlugIndex, 'rules' | 'guides'>;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'include', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

interface Docs<T> {
  docs: T[];
}

/** The most test messages the panel loads. */
export const MAX_TEST_MESSAGES = 5000;

export async function loadQaData(): Promise<QaData> {
  const [messages, bundle, rules, guides] = await Promise.all([
    getJson<Docs<{ id: string | number; label: 'scam' | 'legit'; text: string; part?: 'train' | 'test' | null; source?: string | null }>>(
      `/api/test-messages?limit=${MAX_TEST_MESSAGES}&depth=0`,
    ),
    // The bundle was validated when it was published; the admin only runs it.
    getJson<RuleBundle>('/api/bundle'),
    getJson<Docs<{ id: string | number; slug?: string | null }>>('/api/rules?limit=10000&depth=0&draft=true&select[slug]=true'),
    getJson<Docs<{ id: string | number; slug?: string | null }>>('/api/guides?limit=10000&depth=0&draft=true&select[slug]=true'),
  ]);
  const train = messages.docs.filter((doc) => doc.part !== 'test');
  return {
    messages: train.map((doc) => ({ id: testMessageName(doc), label: doc.label, text: doc.text })),
    testPartCount: messages.docs.length - train.length,
    bundle,
    index: {
      rules: new Map(rules.docs.map((doc) => [String(doc.id), doc.slug ?? ''])),
      guides: new Map(guides.docs.map((doc) => [String(doc.id), doc.slug ?? ''])),
    },
  };
}
