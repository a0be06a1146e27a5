// Files sent inside a text message: a PDF "refund" or "invoice" that opens a phishing page or asks you to sign in.
import type { RuleInput } from '@redflags/schema';

export const attachmentRules: RuleInput[] = [
  {
    id: 'document-sent-by-text',
    sign: 'suspicious-link',
    title: 'A document file sent by text message',
    explanation:
      'The text carries a PDF or other document (shown as "… .pdf PDF Document 84 KB"), often named like a tax refund or an invoice. Banks, tax offices and shops do not send documents by text. Opening it can lead to a fake sign-in page. Do not open it; if you expect a document, get it from the organisation\'s website or app.',
    severity: 'moderate',
    kinds: ['phishing', 'tax'],
    guides: ['account-problem-message', 'government-tax-impersonation'],
    match: {
      patterns: ['pdf', 'doc', 'docx', 'zip', 'html', 'htm'].map((kind) => ({
        regex: `\\.${kind}\\W{0,3}(?:pdf |word |zip |html )?document\\W{0,5}\\d{1,5} ?kb\\b`,
        literal: 'document',
      })),
    },
    examples: {
      mustMatch: ['TAX_REFUND_2291.pdf PDF Document 84 KB', 'Hello. Invoice88.docx Document - 40 KB'],
      mustNotMatch: ['I emailed you the document, it is 84 KB', 'See refund.pdf on the website'],
    },
  },
];
