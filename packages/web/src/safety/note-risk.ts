// Notes a person writes for themselves (at the end of SOS, in the journal) pass the same crisis
// detector the companion uses, on this device, before anything else: a note saying "I took all
// my pills" must not just be filed away. The detector is loaded on first use, so the SOS screen
// does not wait for it; the service worker precaches its chunk, so it works offline too.
import type { RiskLevel } from '@kinbridge/core/risk';

export type NoteRisk = 'none' | 'check-in' | 'urgent';

/** What a note's reading means for the person: nothing, a gentle check-in, or urgent help. */
function noteRiskFor(level: RiskLevel): NoteRisk {
  if (level === 'high' || level === 'imminent') return 'urgent';
  return level === 'moderate' ? 'check-in' : 'none';
}

export async function assessNote(text: string): Promise<NoteRisk> {
  if (text.trim() === '') return 'none';
  const { assessRisk } = await import('@kinbridge/core/risk');
  return noteRiskFor(assessRisk(text).level);
}
