// Where to report a scam, by country, channel and what happened.
import { z } from 'zod';
import { Channel, Country, HttpUrl, Situation, Slug, UkNation } from './primitives.js';

export const ReportingBody = z.object({
  id: Slug,
  country: Country,
  /** For UK bodies that cover only some nations (Action Fraud, Police Scotland). Empty means all. */
  nations: z.array(UkNation).default([]),
  name: z.string().trim().min(2).max(120),
  /** What to report there and how, in plain words. */
  whatToReport: z.string().trim().min(10).max(1500),
  /** Channels of scam this body takes reports about. */
  channels: z.array(Channel).min(1, 'choose at least one channel'),
  /** Situations this body is the right place for. */
  situations: z.array(Situation).min(1, 'choose at least one situation'),
  link: HttpUrl,
  /** A phone number as people dial it, e.g. "101" or "1-888-495-8501". */
  phone: z.string().trim().max(40).optional(),
  /** Lower comes first. */
  order: z.number().int().min(0).default(100),
});
export type ReportingBody = z.infer<typeof ReportingBody>;
export type ReportingBodyInput = z.input<typeof ReportingBody>;
