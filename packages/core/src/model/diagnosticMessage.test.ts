import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parsePlan.js';
import { diagnosticMessage } from './diagnosticMessage.js';

describe('diagnosticMessage', () => {
  it("gives a core diagnostic's sentence in Japanese or English", () => {
    const [d] = parsePlan('').diagnostics;
    expect(diagnosticMessage(d!, 'ja')).toBe(d!.messageJa);
    expect(diagnosticMessage(d!, 'ja')).toMatch(/^計画の項目が見つかりませんでした。/);
    expect(diagnosticMessage(d!, 'en')).toBe(d!.message);
    expect(diagnosticMessage(d!, 'en')).toMatch(/^No plan items were found\./);
  });

  it('falls back to the English sentence when there is no Japanese one', () => {
    expect(diagnosticMessage({ message: 'From a JSON plan' }, 'ja')).toBe('From a JSON plan');
  });
});
