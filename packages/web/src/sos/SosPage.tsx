// SOS: public (help never sits behind a log-in), works offline, and opens before anything
// else has loaded. The emergency number and the 24/7 lines are on screen from the first frame;
// the person's own plan follows from this device's storage a moment later.
import { useSession } from '../auth/session';
import { CrisisLines } from './CrisisLines';
import { SosFlow } from './SosFlow';
import { initialRegion, useSosData } from './use-sos-data';

export function SosPage() {
  const { user } = useSession();
  const data = useSosData(user?.id ?? null);
  return (
    <main className="page narrow sos" id="main">
      <h1>SOS</h1>
      <p className="lead">You opened SOS, and that is a good step. Take it one moment at a time.</p>
      {data ? (
        <SosFlow key={user?.id ?? 'guest'} plan={data.plan} region={data.region} userId={user?.id ?? null} ownPlan={data.ownPlan} />
      ) : (
        <CrisisLines region={initialRegion()} compact />
      )}
    </main>
  );
}
