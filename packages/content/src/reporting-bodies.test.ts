import { ReportingBody } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { readLaunchContent } from './index.js';

const { reportingBodies } = readLaunchContent();

const byId = (id: string) => reportingBodies.find((body) => body.id === id);

describe('launch reporting bodies', () => {
  it('every body parses with the ReportingBody schema', () => {
    for (const body of reportingBodies) expect(ReportingBody.safeParse(body).error?.issues ?? [], body.id).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = reportingBodies.map((body) => body.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts "your bank" first for lost money in every country', () => {
    for (const country of ['us', 'uk', 'au', 'ca', 'other'] as const) {
      const forLostMoney = reportingBodies
        .filter((body) => body.country === country && body.situations.includes('lost-money'))
        .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
      expect(forLostMoney[0]?.id, country).toBe(`your-bank-${country}`);
    }
  });

  it('sends people in England, Wales and Northern Ireland to Action Fraud, and Scotland to Police Scotland on 101', () => {
    expect(byId('action-fraud')?.nations).toEqual(['england', 'wales', 'northern-ireland']);
    expect(byId('police-scotland')).toMatchObject({ nations: ['scotland'], phone: '101' });
  });

  it('routes UK scam texts to 7726 and scam emails to report@phishing.gov.uk', () => {
    expect(byId('forward-texts-7726-uk')).toMatchObject({ phone: '7726', channels: ['text'] });
    expect(byId('report-phishing-gov-uk')?.whatToReport).toContain('report@phishing.gov.uk');
    expect(byId('report-phishing-gov-uk')?.channels).toContain('email');
  });

  it('has a place to report a message that was only received, in every country', () => {
    for (const country of ['us', 'uk', 'au', 'ca', 'other'] as const) {
      expect(
        reportingBodies.some((body) => body.country === country && body.situations.includes('received-only')),
        country,
      ).toBe(true);
    }
  });

  it('links only to https pages', () => {
    for (const body of reportingBodies) expect(body.link, body.id).toMatch(/^https:\/\//);
  });
});
