// What the companion remembers about the person, with a delete button for each item and one
// for everything. Loaded when opened, so the chat page stays light.
import { useState } from 'react';
import { api, ApiError } from '../app/api';

interface MemoryItem {
  id: string;
  kind: string;
  label: string;
  text: string;
  at: string;
}

export function MemoryPanel() {
  const [items, setItems] = useState<MemoryItem[] | null>(null);
  const [error, setError] = useState('');
  const load = async () => {
    try {
      setItems((await api<{ items: MemoryItem[] }>('/api/memory')).items);
      setError('');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not load what is remembered.');
    }
  };
  const remove = async (id?: string) => {
    try {
      await api(id ? `/api/memory/${encodeURIComponent(id)}` : '/api/memory', { method: 'DELETE' });
      setItems((current) => (id ? (current ?? []).filter((i) => i.id !== id) : []));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not delete that.');
    }
  };
  return (
    <details className="panel" onToggle={(e) => (e.currentTarget.open && items === null ? void load() : undefined)}>
      <summary>What the companion remembers</summary>
      <p className="error" role="alert">
        {error}
      </p>
      {items?.length === 0 && <p className="muted">Nothing yet. When something helps, it can be remembered here.</p>}
      {items && items.length > 0 && (
        <>
          <ul className="entries">
            {items.map((item) => (
              <li key={item.id} className="entry memory-item">
                <span>
                  <span className="muted small">{item.label}, {new Date(item.at).toLocaleDateString()}</span>
                  <br />
                  {item.text}
                </span>
                <button type="button" onClick={() => void remove(item.id)} aria-label={`Delete "${item.text}"`}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void remove()}>
            Delete everything remembered
          </button>
        </>
      )}
    </details>
  );
}
