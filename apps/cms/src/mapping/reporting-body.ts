// Reporting bodies: between the Payload document and the schema's ReportingBody.
import type { ReportingBodyInput } from '@redflags/schema';

export interface ReportingBodyDocument {
  id?: string | number;
  slug?: string | null;
  country?: string | null;
  nations?: string[] | null;
  name?: string | null;
  whatToReport?: string | null;
  channels?: string[] | null;
  situations?: string[] | null;
  link?: string | null;
  phone?: string | null;
  order?: number | null;
}

export function reportingBodyFromDocument(doc: ReportingBodyDocument): ReportingBodyInput {
  return {
    id: doc.slug ?? '',
    country: doc.country as ReportingBodyInput['country'],
    nations: (doc.nations ?? []) as NonNullable<ReportingBodyInput['nations']>,
    name: doc.name ?? '',
    whatToReport: doc.whatToReport ?? '',
    channels: (doc.channels ?? []) as ReportingBodyInput['channels'],
    situations: (doc.situations ?? []) as ReportingBodyInput['situations'],
    link: doc.link ?? '',
    ...(doc.phone ? { phone: doc.phone } : {}),
    order: doc.order ?? 100,
  };
}

export function reportingBodyToDocument(body: ReportingBodyInput): ReportingBodyDocument {
  return {
    slug: body.id,
    country: body.country,
    nations: body.nations ?? [],
    name: body.name,
    whatToReport: body.whatToReport,
    channels: body.channels,
    situations: body.situations,
    link: body.link,
    phone: body.phone ?? null,
    order: body.order ?? 100,
  };
}

/** @example reportingBodyFieldPath(['channels', 0]) // 'channels' */
export function reportingBodyFieldPath(path: readonly PropertyKey[]): string {
  const [first] = path.map(String);
  return first === 'id' ? 'slug' : (first ?? '');
}
