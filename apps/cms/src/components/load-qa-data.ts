// What the rule QA panel loads once, as the signed-in editor: every test message, the published
// bundle (GET /api/bundle) and the rule and guide ids → slugs (to name a combination's parts).
import type { RuleBundle } from '@redflags/schema';
import type { SlugIndex } from '../mapping/relations.js';
import { testMessageName, type TestMessage } from '../qa/rule-on-messages.js';

export interface QaData {
  messages: TestMessage[];
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
    getJson<Docs<{ id: string | number; label: 'scam' | 'legit'; text: string; source?: string | null }>>(
      `/api/test-messages?limit=${MAX_TEST_MESSAGES}&depth=0`,
    ),
    // The bundle was validated when it was published; the admin only runs it.
    getJson<RuleBundle>('/api/bundle'),
    getJson<Docs<{ id: string | number; slug?: string | null }>>('/api/rules?limit=10000&depth=0&draft=true&select[slug]=true'),
    getJson<Docs<{ id: string | number; slug?: string | null }>>('/api/guides?limit=10000&depth=0&draft=true&select[slug]=true'),
  ]);
  return {
    messages: messages.docs.map((doc) => ({ id: testMessageName(doc), label: doc.label, text: doc.text })),
    bundle,
    index: {
      rules: new Map(rules.docs.map((doc) => [String(doc.id), doc.slug ?? ''])),
      guides: new Map(guides.docs.map((doc) => [String(doc.id), doc.slug ?? ''])),
    },
  };
}
