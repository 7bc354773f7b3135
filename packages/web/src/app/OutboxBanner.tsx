// A quiet line while changes made offline wait to be sent, so nobody wonders where they went.
// Online, changes leave within seconds, so the line would only flicker.
import { useEffect, useState } from 'react';
import { useOutboxStatus } from '../offline/sync';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function OutboxBanner({ userId }: { userId: string }) {
  const { pending } = useOutboxStatus(userId);
  const online = useOnline();
  if (pending === 0 || online) return null;
  return (
    <p className="sync-banner" role="status">
      {pending === 1 ? '1 change is' : `${pending} changes are`} saved on this device and will sync when you are online.
    </p>
  );
}
