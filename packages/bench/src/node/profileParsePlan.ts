import { Session } from 'node:inspector/promises';
import { generatePlan } from '../../../core/test-utils/index.js';
import { lookupFor, summarizeProfile, type CpuProfile, type ProfileSummary } from '../profile.js';
import type { LoadedCore } from './loadCore.js';

/** CPU-profiles one warm `parsePlan` of a generated plan in this process (node:inspector). */
export async function profileParsePlan(loaded: LoadedCore, items: number): Promise<ProfileSummary> {
  const { parsePlan } = loaded.core;
  const { text } = generatePlan({ items, seed: 1 });
  parsePlan(text);
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    parsePlan(text);
    const { profile } = await session.post('Profiler.stop');
    return summarizeProfile(profile as CpuProfile, {
      lookup: lookupFor(loaded.url, loaded.lookup),
      within: 'parsePlan',
    });
  } finally {
    session.disconnect();
  }
}
