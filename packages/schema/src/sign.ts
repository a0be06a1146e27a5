// Warning signs: the families rules belong to, so a result shows one entry per distinct reason.
import { z } from 'zod';
import { Slug } from './primitives.js';

/**
 * One warning sign, as editors name it in the CMS: "Asks for a code sent to your phone".
 * Several rules can raise the same sign; a result lists each sign once, its most specific rule first.
 */
export const Sign = z.object({
  id: Slug,
  /** What the sign is, in a few words a worried person understands. */
  title: z.string().trim().min(3, 'must be at least 3 characters').max(120, 'must be at most 120 characters'),
  /** Among signs of the same strength, lower comes first. */
  order: z.number().int().min(0).default(100),
});
export type Sign = z.infer<typeof Sign>;
export type SignInput = z.input<typeof Sign>;
