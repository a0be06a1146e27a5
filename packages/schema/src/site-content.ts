// Everything the site build reads from the CMS, in one document (the CMS export).
import { z } from 'zod';
import { Brand } from './brand.js';
import { RuleBundle } from './bundle.js';
import { Guide } from './guide.js';
import { NextStepsList } from './next-steps.js';
import { DateTime } from './primitives.js';
import { ReportingBody } from './reporting-body.js';

/**
 * The published content in one go. Records are kept loose here (`unknown`) so the site
 * can validate each one and name the collection, the record and the field that failed.
 */
export const SiteContentEnvelope = z.object({
  generatedAt: DateTime,
  guides: z.array(z.unknown()),
  brands: z.array(z.unknown()),
  reportingBodies: z.array(z.unknown()),
  /** Older exports have none; the site then shows only where to report. */
  nextSteps: z.array(z.unknown()).default([]),
  bundle: z.unknown(),
});

export const SiteContent = z.object({
  generatedAt: DateTime,
  guides: z.array(Guide),
  brands: z.array(Brand),
  reportingBodies: z.array(ReportingBody),
  nextSteps: NextStepsList.default([]),
  bundle: RuleBundle,
});
export type SiteContent = z.infer<typeof SiteContent>;
