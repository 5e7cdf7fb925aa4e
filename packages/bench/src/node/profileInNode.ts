import { Session } from 'node:inspector/promises';
import { lookupFor, summarizeProfile, type CpuProfile, type ProfileSummary } from '../profile.js';
import type { LoadedCore } from './loadCore.js';

/**
 * CPU-profiles `run` in this process (node:inspector, sampling every 0.1 ms) after one warm-up call, and
 * sums the samples taken inside core's code (plus garbage collection) by area, file and function.
 */
export async function profileInNode(loaded: LoadedCore, run: () => void): Promise<ProfileSummary> {
  run();
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    run();
    const { profile } = await session.post('Profiler.stop');
    return summarizeProfile(profile as CpuProfile, {
      lookup: lookupFor(loaded.url, loaded.lookup),
      withinUrl: loaded.url,
    });
  } finally {
    session.disconnect();
  }
}
