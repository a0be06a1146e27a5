// Builds a large, realistic bundle for the benchmark by varying the starter rules: copy N of every
// phrase, pattern and combination rule gets its own id, each phrase and pattern gains a different
// everyday word (so every copy has distinct wording, as editors' rules do), and combinations point at
// their own copy's parts. Rules made only of link, phone or entity features are generic and kept once:
// a real bundle has one "shortened link" rule, not a hundred.
const WORDS = [
  'now',
  'today',
  'online',
  'account',
  'service',
  'team',
  'notice',
  'update',
  'alert',
  'centre',
  'desk',
  'support',
  'office',
  'portal',
  'request',
  'review',
  'secure',
  'claim',
  'refund',
  'payment',
  'order',
  'parcel',
  'member',
  'customer',
  'verify',
  'confirm',
  'renew',
  'reward',
  'bonus',
  'offer',
  'agent',
  'helpline',
  'process',
  'status',
  'record',
  'billing',
];

export function makeBundle(starter, ruleCount) {
  const rules = [];
  for (let copy = 0; rules.length < ruleCount; copy++) {
    for (const rule of starter.rules) {
      if (rules.length >= ruleCount) break;
      if (copy === 0) rules.push(rule);
      else if (isWorded(rule)) rules.push(vary(rule, copy));
    }
  }
  // A combination whose parts were cut off by the count falls back to the original parts.
  const ids = new Set(rules.map((r) => r.id));
  for (const rule of rules) {
    const c = rule.match.combination;
    if (c) for (const key of ['allOf', 'anyOf']) if (c[key]) c[key] = c[key].map((id) => (ids.has(id) ? id : id.replace(/-v\d+$/, '')));
  }
  return { ...starter, rules: rules.map(({ examples: _examples, ...rule }) => rule) };
}

function isWorded(rule) {
  return (rule.match.phrases ?? []).length + (rule.match.patterns ?? []).length > 0 || rule.match.combination !== undefined;
}

function vary(rule, copy) {
  const word = WORDS[copy % WORDS.length];
  const suffix = `-v${copy}`;
  const extra = copy >= WORDS.length ? ` ${WORDS[Math.floor(copy / WORDS.length) % WORDS.length]}` : '';
  const match = structuredClone(rule.match);
  match.phrases = (match.phrases ?? []).map((p) => `${p} ${word}${extra}`);
  match.patterns = (match.patterns ?? []).map((p) => ({ regex: `${p.regex} ${word}${extra}`, literal: `${p.literal.trim()}` }));
  if (match.combination) {
    for (const key of ['allOf', 'anyOf'])
      if (match.combination[key]) match.combination[key] = match.combination[key].map((id) => `${id}${suffix}`);
  }
  return { ...structuredClone(rule), id: `${rule.id}${suffix}`, match };
}
