import { Session } from 'node:inspector/promises';
import {
  lookupFor,
  medianSummary,
  summarizeProfile,
  type CpuProfile,
  type ProfileSummary,
} from '../profile.js';
import type { LoadedCore } from './loadCore.js';

/**
 * CPU-profiles `run` three times in this process (node:inspector, sampling every 0.1 ms) after one warm-up
 * call, sums the samples taken inside core's code (plus garbage collection) by area, file and function, and
 * keeps the median of each entry over the three runs.
 */
export async function profileInNode(loaded: LoadedCore, run: () => void): Promise<ProfileSummary> {
  run();
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    const runs: ProfileSummary[] = [];
    for (let i = 0; i < 3; i++) {
      await session.post('Profiler.start');
      run();
      const { profile } = await session.post('Profiler.stop');
      runs.push(
        summarizeProfile(profile as CpuProfile, {
          lookup: lookupFor(loaded.url, loaded.lookup),
          withinUrl: loaded.url,
          top: 60,
        }),
      );
    }
    return medianSummary(runs);
  } finally {
    session.disconnect();
  }
}
