// A person's right to take their data with them: every feature that stores personal data
// registers an exporter here, and GET /api/me/export gathers them into one JSON document
// (decrypted, since it goes to its owner).
import type { AppContext } from '../context';
import type { UserCipher } from '../crypto/sealed';
import type { SessionUser } from '../auth/sessions';

export interface DataExporter {
  /** Key in the export document, e.g. "notes", "plan". */
  section: string;
  export(ctx: AppContext, user: SessionUser, cipher: UserCipher): Promise<unknown>;
}

const exporters: DataExporter[] = [];

export function registerExporter(exporter: DataExporter): void {
  if (!exporters.some((e) => e.section === exporter.section)) exporters.push(exporter);
}

export async function exportUserData(ctx: AppContext, user: SessionUser): Promise<Record<string, unknown>> {
  const cipher = await ctx.keys.forUser(user.id);
  const document: Record<string, unknown> = {
    format: 'kinbridge-export',
    version: 1,
    exportedAt: new Date(ctx.clock.now()).toISOString(),
    account: { id: user.id, email: user.email, role: user.role },
  };
  for (const exporter of exporters) document[exporter.section] = await exporter.export(ctx, user, cipher);
  return document;
}
