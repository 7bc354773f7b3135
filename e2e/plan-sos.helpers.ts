// Shared steps for the plan, SOS, offline and accessibility browser tests.
// The DOM types are for the callbacks these tests run inside the page.
/// <reference lib="dom" />
import { expect, type Page } from '@playwright/test';

let counter = 0;

/** Creates an account through the API (the page's cookie jar keeps the session) and opens home. */
export async function signUp(page: Page): Promise<{ email: string }> {
  const email = `e2e-plan-${Date.now()}-${counter++}@example.org`;
  const response = await page.request.post('/api/auth/register', { data: { email, password: 'quiet harbour lanterns', role: 'client' } });
  expect(response.status()).toBe(201);
  await page.goto('/');
  await expect(page.getByText(`You are signed in as ${email}`)).toBeVisible();
  return { email };
}

/** Opens the plan editor at the step with this title. */
export async function openPlanStep(page: Page, title: string): Promise<void> {
  if (!/\/plan$/.test(page.url())) {
    await page.goto('/plan');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'My crisis plan' })).toBeVisible();
  await page.getByText('All steps').click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** Waits until every change made in the editor has reached the server. */
export async function expectPlanSynced(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible({ timeout: 15_000 });
}

/** Waits for the service worker to control the page, so a reload works with the network off. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** Taps the always-visible SOS button. */
export async function tapSos(page: Page): Promise<void> {
  await page.getByRole('link', { name: /SOS: get help now/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SOS' })).toBeVisible();
}

/** Answers "how intense is it?" on the SOS scale. */
export async function rate(page: Page, value: number): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${value}(:|$)`) }).click();
}
