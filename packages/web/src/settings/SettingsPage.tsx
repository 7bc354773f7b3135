// The region setting (default US). It chooses which crisis lines SOS and the crisis card show.
// Saved on this device at once (SOS works offline) and synced to the server.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { SUPPORTED_REGIONS, crisisResourcesFor, DEFAULT_REGION, normaliseRegionCode } from '@kinbridge/core/resources';
import { useSession } from '../auth/session';
import { readRegion } from '../offline/local-data';
import { saveRegion } from '../offline/settings-sync';

const REGION_NAMES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  CA: 'Canada',
  AU: 'Australia',
  IE: 'Ireland',
  NZ: 'New Zealand',
  IN: 'India',
  DE: 'Germany',
};

export function SettingsPage() {
  const { user } = useSession();
  const userId = user!.id;
  const [region, setRegion] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [status, setStatus] = useState('');
  const ids = { select: useId(), other: useId() };

  useEffect(() => {
    void readRegion(userId).then((r) => {
      const code = r ?? DEFAULT_REGION;
      setRegion(code);
      if (!(SUPPORTED_REGIONS as readonly string[]).includes(code)) setOther(code);
    });
  }, [userId]);
  if (region === null) return <main className="page narrow" id="main" aria-busy="true" />;

  const known = (SUPPORTED_REGIONS as readonly string[]).includes(region);
  const choice = known ? region : 'other';
  async function save(event: FormEvent) {
    event.preventDefault();
    const code = normaliseRegionCode(choice === 'other' ? other : region!);
    if (!/^[A-Z]{2}$/.test(code)) {
      setStatus('Please enter a two-letter country code, like FR or JP.');
      return;
    }
    await saveRegion(userId, code);
    setRegion(code);
    setStatus(`Saved. SOS now shows crisis lines for ${REGION_NAMES[code] ?? code}.`);
  }

  const preview = crisisResourcesFor(choice === 'other' ? other || 'ZZ' : region);
  return (
    <main className="page narrow" id="main">
      <h1>Settings</h1>
      <form onSubmit={save} className="stack">
        <div className="field">
          <label htmlFor={ids.select}>Where are you?</label>
          <select
            id={ids.select}
            value={choice}
            onChange={(e) => setRegion(e.target.value === 'other' ? other || 'other' : e.target.value)}
            aria-describedby={`${ids.select}-hint`}
          >
            {SUPPORTED_REGIONS.map((code) => (
              <option key={code} value={code}>
                {REGION_NAMES[code] ?? code}
              </option>
            ))}
            <option value="other">Somewhere else</option>
          </select>
          <p className="hint" id={`${ids.select}-hint`}>
            This chooses the crisis lines and emergency number SOS shows.
          </p>
        </div>
        {choice === 'other' && (
          <div className="field">
            <label htmlFor={ids.other}>Country code (two letters)</label>
            <input id={ids.other} value={other} maxLength={2} autoComplete="country" onChange={(e) => setOther(e.target.value.toUpperCase())} />
          </div>
        )}
        <p>
          Emergency number: <strong>{preview.emergency.label}</strong>
        </p>
        <button type="submit" className="primary">
          Save region
        </button>
        <p role="status">{status}</p>
      </form>
    </main>
  );
}
