// A quiet line while changes made offline wait to be sent, so nobody wonders where they went.
import { useOutboxStatus } from '../offline/sync';

export function OutboxBanner({ userId }: { userId: string }) {
  const { pending } = useOutboxStatus(userId);
  if (pending === 0) return null;
  return (
    <p className="sync-banner" role="status">
      {pending === 1 ? '1 change is' : `${pending} changes are`} saved on this device and will sync when you are online.
    </p>
  );
}
