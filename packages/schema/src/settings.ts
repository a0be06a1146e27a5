// Checker settings editors control: how findings add up to a level, and the input limit.
import { z } from 'zod';

export const SeverityWeights = z.object({
  strong: z.number().min(0).max(100),
  moderate: z.number().min(0).max(100),
  weak: z.number().min(0).max(100),
});

export const CheckerSettings = z
  .object({
    /** A score at or above `caution` reads "caution"; at or above `high` reads "high". */
    thresholds: z.object({
      caution: z.number().positive('must be above 0'),
      high: z.number().positive('must be above 0'),
    }),
    weights: SeverityWeights.default({ strong: 4, moderate: 2, weak: 1 }),
    /** Longest text checked, in characters; longer text is checked up to here and marked as cut. */
    inputLimit: z.number().int().min(100).max(100_000).default(10_000),
    /** Shown with every result. */
    disclaimer: z
      .string()
      .trim()
      .min(10)
      .max(1000)
      .default(
        'This is a pattern check, not a verdict. It cannot tell you a message is safe. If in doubt, contact the organisation using details you find yourself.',
      ),
  })
  .refine((s) => s.thresholds.high >= s.thresholds.caution, {
    message: 'the high threshold must be at least the caution threshold',
    path: ['thresholds', 'high'],
  });
export type CheckerSettings = z.infer<typeof CheckerSettings>;
export type CheckerSettingsInput = z.input<typeof CheckerSettings>;
