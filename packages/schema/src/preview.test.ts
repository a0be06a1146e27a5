import { describe, expect, expectTypeOf, it } from 'vitest';
import { Guide } from './guide.js';
import { GuideDraft, PreviewDocument } from './preview.js';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const guide = Guide.parse({
  slug: 'parcel-fee-text',
  title: 'Is that parcel fee text a scam?',
  shortAnswer: 'Almost always. Couriers do not ask for small fees by text.',
  scenario: { root: { type: 'root', children: [paragraph('A text says a parcel is held.')] } },
  redFlags: [{ flag: 'A small fee', why: 'It is a way to get your card details.' }],
  steps: [{ step: 'Do not click the link.', detail: 'Track the parcel in the courier app.' }],
  faq: [{ question: 'I paid. What now?', answer: 'Call your bank on the number on your card.' }],
  channels: ['text'],
  publishedAt: '2026-11-25T10:00:00.000Z',
});

describe('GuideDraft', () => {
  it('has exactly the fields of Guide, so a draft renders with the page components', () => {
    expect(Object.keys(GuideDraft.shape).sort()).toEqual(Object.keys(Guide.shape).sort());
    expectTypeOf<GuideDraft>().toExtend<Guide>();
  });

  it('reads a published guide unchanged', () => {
    expect(GuideDraft.parse(guide)).toEqual(guide);
  });

  it('reads a half-written guide that Guide refuses', () => {
    const draft = { ...guide, title: '', steps: [], redFlags: [{ flag: '', why: '' }], scenario: null, publishedAt: '' };
    expect(Guide.safeParse(draft).success).toBe(false);
    expect(GuideDraft.parse(draft)).toMatchObject({
      title: '',
      steps: [],
      scenario: { root: { type: 'root', children: [] } },
      publishedAt: '',
    });
  });
});

describe('PreviewDocument', () => {
  it('tells a guide preview from a rule preview by its collection', () => {
    const parsed = PreviewDocument.parse({
      collection: 'guides',
      id: '7',
      status: 'draft',
      problems: [{ field: 'steps', message: 'a guide needs at least one step' }],
      guide,
    });
    expect(parsed.collection).toBe('guides');
    expect(PreviewDocument.safeParse({ collection: 'pages', id: '7', status: 'draft', problems: [] }).success).toBe(false);
  });
});
