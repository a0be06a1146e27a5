// The first admin account, from ADMIN_EMAIL / ADMIN_PASSWORD, when no user exists yet.
import type { Payload } from 'payload';

export async function createFirstAdmin(payload: Payload, email: string | undefined, password: string | undefined): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
  if (totalDocs > 0) return;
  if (!email || !password) {
    payload.logger.info('No user yet: open /admin to create the first (admin) account, or set ADMIN_EMAIL and ADMIN_PASSWORD and restart.');
    return;
  }
  await payload.create({ collection: 'users', data: { email, password, role: 'admin', name: 'Admin' }, overrideAccess: true });
  payload.logger.info(`Created the first admin account ${email} from ADMIN_EMAIL.`);
}
