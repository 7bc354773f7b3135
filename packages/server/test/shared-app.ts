// Vitest-only helpers, kept apart from helpers.ts so benchmarks can build a test app without
// loading the test runner (`npm run bench` imports helpers.ts).
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../src/storage/db';
import { createTestApp, type SignedUp, type TestApp } from './helpers';

/**
 * For a describe block whose tests share one app and one signed-up person: created before
 * the block's tests, closed after them. Read `.t` and `.me` inside tests.
 */
export function useSignedUpApp(dialect: Dialect): { readonly t: TestApp; readonly me: SignedUp } {
  const shared = {} as { t: TestApp; me: SignedUp };
  beforeAll(async () => {
    shared.t = await createTestApp({ dialect });
    shared.me = await shared.t.signUp();
  });
  afterAll(async () => shared.t.close());
  return shared;
}
