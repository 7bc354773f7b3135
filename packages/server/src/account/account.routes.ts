// Export and erasure. Erasing deletes the account row; every table that holds personal data
// references users(id) with ON DELETE CASCADE, and the person's wrapped data key goes with it,
// so anything left in a backup can no longer be decrypted.
import { z } from 'zod';
import { requireUser } from '../auth/require-user';
import { clearSessionCookie } from '../auth/sessions';
import { verifyPassword } from '../auth/passwords';
import { AppError } from '../errors';
import type { App } from '../types';
import { exportUserData, registerExporter } from './data-export';

registerExporter({
  section: 'notes',
  async export(ctx, user, cipher) {
    const rows = await ctx.db.selectFrom('notes').select(['id', 'body', 'created_at']).where('user_id', '=', user.id).orderBy('created_at').execute();
    return rows.map((row) => ({ id: row.id, body: cipher.open(row.body), createdAt: row.created_at }));
  },
});

export async function accountRoutes(app: App): Promise<void> {
  app.get('/api/me/export', { schema: { tags: ['account'], description: 'Everything Kinbridge stores about you, as JSON.' } }, async (request, reply) => {
    const user = await requireUser(request);
    const document = await exportUserData(app.ctx, user);
    request.log.info({ event: 'data_exported' }, 'data exported');
    return reply.header('content-disposition', 'attachment; filename="kinbridge-export.json"').send(document);
  });

  app.delete(
    '/api/me',
    { schema: { tags: ['account'], description: 'Erase the account and all its data. Needs the password.', body: z.object({ password: z.string().max(256) }) } },
    async (request, reply) => {
      const user = await requireUser(request);
      const row = await app.ctx.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(row.password_hash, request.body.password))) throw new AppError('forbidden', 'That password is not right, so nothing was erased.');
      await app.ctx.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('users').where('id', '=', user.id).execute();
      });
      app.ctx.keys.forget(user.id);
      clearSessionCookie(reply);
      request.log.info({ event: 'account_erased' }, 'account erased');
      return reply.code(204).send();
    },
  );
}
