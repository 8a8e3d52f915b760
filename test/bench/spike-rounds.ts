import type { Dynamo } from '../../api/src/core/dynamo';
import { benchAdmin, spikeRound, type SpikeFigures } from './events-spike';
import { rawTransactionFigures, type RawFigures } from './raw-transactions';

// The spike's ratio to raw transactions, measured fairly (issue 17): DynamoDB Local is warmed first
// (one raw round and one spike, not counted: its JIT makes a cold emulator several times slower),
// then raw and GovOpen rounds alternate — raw first in rounds 1 and 3, last in round 2 — and each
// spike is set against the raw rate of its own round. The figure is the median of those ratios.

export const ROUNDS = 3;

export interface SpikeRound {
  round: number;
  raw: RawFigures;
  spikes: SpikeFigures[];
}

type RunAs = Parameters<typeof spikeRound>[1];
type BenchApp = Parameters<typeof spikeRound>[0] & { dynamo: Dynamo };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function interleavedSpike(app: BenchApp, runAs: RunAs, rounds = ROUNDS): Promise<SpikeRound[]> {
  const admin = await benchAdmin(app);
  await rawTransactionFigures(app.dynamo);
  await spikeRound(app, runAs, admin, 'FIRST_COME', 'warm-up');
  const results: SpikeRound[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const rawFirst = round % 2 === 1;
    const raw = rawFirst ? await rawTransactionFigures(app.dynamo) : undefined;
    const spikes: SpikeFigures[] = [];
    for (const mode of rawFirst ? (['FIRST_COME', 'DRAW'] as const) : (['DRAW', 'FIRST_COME'] as const)) spikes.push(await spikeRound(app, runAs, admin, mode, `r${round}`));
    results.push({ round, raw: raw ?? (await rawTransactionFigures(app.dynamo)), spikes });
  }
  return results;
}

/** The rows `npm run bench` prints: every round, then the medians. */
export function spikeTable(rounds: SpikeRound[]) {
  const rows: Array<Record<string, string | number>> = [];
  for (const { round, raw, spikes } of rounds) {
    rows.push({ round, mode: 'raw transactions', 'sign-ups/s': Math.round(raw.transactionsPerSecond), 'vs raw': '1×', 'DynamoDB requests per sign-up': raw.requestsPerTap.toFixed(2), 'confirmed / applied': raw.seatsTaken, errors: 0, 'draw requests per applicant': '' });
    for (const f of spikes) {
      rows.push({
        round,
        mode: f.mode,
        'sign-ups/s': Math.round(f.signUpsPerSecond),
        'vs raw': `${(f.signUpsPerSecond / raw.transactionsPerSecond).toFixed(2)}×`,
        'DynamoDB requests per sign-up': f.dynamoRequestsPerSignUp.toFixed(2),
        'confirmed / applied': f.confirmedOrApplied,
        errors: f.errors,
        'draw requests per applicant': f.drawRequestsPerApplicant?.toFixed(2) ?? '',
      });
    }
  }
  rows.push({ round: 'median', mode: 'raw transactions', 'sign-ups/s': Math.round(median(rounds.map((r) => r.raw.transactionsPerSecond))), 'vs raw': '1×', 'DynamoDB requests per sign-up': median(rounds.map((r) => r.raw.requestsPerTap)).toFixed(2), 'confirmed / applied': '', errors: 0, 'draw requests per applicant': '' });
  for (const mode of ['FIRST_COME', 'DRAW'] as const) {
    const of = rounds.map(({ raw, spikes }) => ({ raw, spike: spikes.find((s) => s.mode === mode)! }));
    rows.push({
      round: 'median',
      mode,
      'sign-ups/s': Math.round(median(of.map((o) => o.spike.signUpsPerSecond))),
      'vs raw': `${median(of.map((o) => o.spike.signUpsPerSecond / o.raw.transactionsPerSecond)).toFixed(2)}× (target ≥ 0.5×)`,
      'DynamoDB requests per sign-up': median(of.map((o) => o.spike.dynamoRequestsPerSignUp)).toFixed(2),
      'confirmed / applied': '',
      errors: of.reduce((sum, o) => sum + o.spike.errors, 0),
      'draw requests per applicant': '',
    });
  }
  return rows;
}
