// Brands scammers imitate, with the facts that expose the imitation.
import { z } from 'zod';
import { Slug } from './primitives.js';

/** A registrable domain or host name, lowercase, no scheme: `amazon.co.uk`. */
export const DomainName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/,
    'must be a domain name such as "amazon.co.uk", without https:// or a path',
  );

/** A phone number in E.164 form (`+18882804331`) or a national short code (`7726`). */
export const PhoneNumber = z
  .string()
  .trim()
  .regex(/^(?:\+[1-9]\d{6,14}|\d{3,6})$/, 'must be in international form such as "+18882804331", or a short code of 3 to 6 digits');

export const Brand = z.object({
  id: Slug,
  name: z.string().trim().min(2).max(80),
  /** Other names and common misspellings people or scammers use (`amzn`, `amazon prime`). */
  aliases: z.array(z.string().trim().min(2).max(80)).default([]),
  /** Every official domain a scam might imitate. */
  domains: z.array(DomainName).default([]),
  /** Official customer-service numbers the brand publishes. */
  phones: z.array(PhoneNumber).default([]),
  /** What the brand says it never does ("never asks for payment in gift cards"). */
  neverAsks: z.array(z.string().trim().min(3).max(300)).default([]),
});
export type Brand = z.infer<typeof Brand>;
export type BrandInput = z.input<typeof Brand>;
