// Tallies the levels a checker (or cross-validation) gave labelled messages: overall, per kind and per channel.
import type { Level, LevelTally, ModelFigures, MessageLabel } from '@redflags/schema';

/** A message's label, kind and channel with the level it read. */
export interface Reading {
  id: string;
  label: MessageLabel;
  kind: string;
  channel: string;
  level: Level;
}

export interface Breakdown {
  overall: ModelFigures;
  /** Scams of each kind. */
  scamsByKind: Record<string, LevelTally>;
  /** Scams and harmless messages on each channel. */
  byChannel: Record<string, ModelFigures>;
}

/** Tallies readings by label, by kind (scams) and by channel. */
export function breakDown(readings: readonly Reading[]): Breakdown {
  const breakdown: Breakdown = { overall: figures(), scamsByKind: {}, byChannel: {} };
  for (const reading of readings) {
    const scam = reading.label === 'scam';
    const channel = breakdown.byChannel[reading.channel] ?? figures();
    breakdown.byChannel[reading.channel] = channel;
    const targets = [scam ? breakdown.overall.scams : breakdown.overall.harmless, scam ? channel.scams : channel.harmless];
    if (scam) {
      const kind = breakdown.scamsByKind[reading.kind] ?? tally();
      breakdown.scamsByKind[reading.kind] = kind;
      targets.push(kind);
    }
    for (const target of targets) {
      target.total += 1;
      if (reading.level !== 'none') target.flagged += 1;
      if (reading.level === 'high') target.high += 1;
    }
  }
  return breakdown;
}

function figures(): ModelFigures {
  return { scams: tally(), harmless: tally() };
}

function tally(): LevelTally {
  return { total: 0, flagged: 0, high: 0 };
}
