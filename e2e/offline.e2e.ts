// Offline: after one visit, SOS, the plan and the crisis lines work with the network off, and
// what is recorded offline (an SOS episode, a plan edit) waits in the outbox and reaches the
// server exactly once, even when the first upload's answer is lost.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectPlanSynced, openPlanStep, rate, signUp, tapSos, waitForOfflineReady } from './plan-sos.helpers';

/** Opens SOS, rates distress, starts that level's steps and ends the session at once. */
async function startAndEndSos(page: Page, rating: number, level: string): Promise<void> {
  await tapSos(page);
  await rate(page, rating);
  await page.getByRole('button', { name: `Start ${level} steps` }).click();
  await page.getByRole('button', { name: "I'm done for now" }).click();
}

/** A new person after one online visit, with the network off and the app reloaded. */
async function signUpThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  await signUp(page);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
}

test("with the network off and the page reloaded, SOS still works with the person's own plan", async ({ page, context }) => {
  await signUp(page);
  await openPlanStep(page, 'Things I can do on my own');
  await page.getByRole('textbox', { name: 'Coping strategy 1' }).fill('Hold my cat Miso');
  await openPlanStep(page, 'People I can ask for help');
  await page.getByRole('button', { name: 'Add a person I can ask for help' }).click();
  await page.getByRole('textbox', { name: 'Person 1: name' }).fill('Sam');
  await page.getByLabel('Phone').fill('555 0100');
  await expectPlanSynced(page);
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await page.goto('/sos');
  await expect(page.getByRole('heading', { level: 1, name: 'SOS' })).toBeVisible();
  await expect(page.getByText('Offline: your plan and SOS still work.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 911 (emergency)' })).toHaveAttribute('href', 'tel:911');

  await rate(page, 1);
  await page.getByRole('button', { name: 'Start mild steps' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hold my cat Miso' })).toBeVisible();

  // The support person from the plan, with a pre-written text that shares no details.
  await page.getByRole('button', { name: 'Move up a level' }).click();
  await page.getByRole('button', { name: 'Move up a level' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Reach out to Sam' })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Call Sam' })).toHaveAttribute('href', 'tel:5550100');
  const text = page.getByRole('link', { name: 'Text Sam' });
  await expect(text).toHaveAttribute('href', /^sms:5550100\?&body=/);
  expect(decodeURIComponent((await text.getAttribute('href'))!)).not.toMatch(/SOS|crisis|Kinbridge|suicid/i);

  // The exercise player is lazy-loaded; it must come from the precache too.
  await page.getByRole('button', { name: 'Move down a level' }).click();
  await page.getByRole('button', { name: 'Move down a level' }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Skip this one' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Begin breathing' })).toBeVisible();

  // The plan editor opens offline too.
  await page.goto('/plan');
  await openPlanStep(page, 'Things I can do on my own');
  await expect(page.getByRole('textbox', { name: 'Coping strategy 1' })).toHaveValue('Hold my cat Miso');
  await context.setOffline(false);
});

test('an SOS episode recorded offline syncs once, even when the first upload is cut off', async ({ page, context }) => {
  await signUpThenGoOffline(page, context);

  await tapSos(page);
  await rate(page, 7);
  await page.getByRole('button', { name: 'Start severe steps' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: "I've done this" }).click();
  await rate(page, 4);
  await page.getByRole('button', { name: "I'm done for now" }).click();
  await page.getByLabel('A note for yourself (optional)').fill('Calling the line helped');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('Note saved on this device. It will sync when you are online.')).toBeVisible();
  await expect(page.getByText('1 change is saved on this device')).toBeVisible();

  await page.getByRole('link', { name: 'Open my journal' }).click();
  await expect(page.getByText('Waiting to sync')).toBeVisible();
  await expect(page.locator('.episode')).toContainText('Started at 7, highest 7, ended at 4');

  // The first upload reaches the server but its answer is lost (as if the tab closed mid-send).
  let attempts = 0;
  await context.route('**/api/episodes/*', async (route) => {
    attempts++;
    if (attempts === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await context.setOffline(false);
  await expect.poll(() => attempts, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  // Reopen the app: the outbox still has the episode and sends it again (the server upserts by id).
  await page.reload();
  await expect.poll(() => attempts, { timeout: 15_000 }).toBe(2);
  await expect(page.locator('.episode')).toHaveCount(1);
  await expect(page.getByText('Waiting to sync')).toHaveCount(0);

  const { episodes } = await (await page.request.get('/api/episodes')).json();
  expect(episodes).toHaveLength(1);
  expect(episodes[0].note).toBe('Calling the line helped');
  expect(episodes[0].peakSuds).toBe(7);
  expect(episodes[0].steps[0]).toMatchObject({ before: 7, after: 4, outcome: 'completed' });
  await expect(page.locator('.episode')).toHaveCount(1);
});

test('plan edits made offline wait on the device and sync when the network returns', async ({ page, context }) => {
  await signUp(page);
  await openPlanStep(page, 'What matters most to me');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Add a reason' }).click();
  await page.getByRole('textbox', { name: 'Reason 1' }).fill('My sister’s wedding in June');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device. It will sync when you are online.' })).toBeVisible();

  await context.setOffline(false);
  await expectPlanSynced(page);
  const { plan, version } = await (await page.request.get('/api/plan')).json();
  expect(plan.reasonsForLiving.map((r: { text: string }) => r.text)).toEqual(['My sister’s wedding in June']);
  expect(version).toBe(2);
});

test('two open tabs coming back online send a waiting episode only once', async ({ page, context }) => {
  await signUp(page);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await tapSos(page);
  await rate(page, 6);
  await page.getByRole('button', { name: 'Start moderate steps' }).click();
  await page.getByRole('button', { name: "I'm done for now" }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for taking these steps' })).toBeVisible();

  const second = await context.newPage();
  await second.goto('/journal');
  await expect(second.getByText('Waiting to sync')).toBeVisible();

  let puts = 0;
  await context.route('**/api/episodes/*', async (route) => {
    if (route.request().method() === 'PUT') puts++;
    await route.continue();
  });
  await context.setOffline(false); // both tabs hear "online" and try to send
  await expect(second.getByText('Waiting to sync')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(3_000); // room for a second (wrong) send
  expect(puts).toBe(1);
  expect((await (await page.request.get('/api/episodes')).json()).episodes).toHaveLength(1);
});

test('an offline edit that clashes with a newer saved version can be combined with it, losing neither', async ({ page, context }) => {
  await signUp(page);
  await openPlanStep(page, 'What sets things off');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Add a trigger' }).click();
  await page.getByRole('textbox', { name: 'Trigger 1' }).fill('Loud arguments');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device. It will sync when you are online.' })).toBeVisible();

  // Meanwhile the plan is saved from another device.
  const v1 = await (await page.request.get('/api/plan')).json();
  const elsewhere = await page.request.put('/api/plan', {
    data: { plan: { ...v1.plan, reasonsForLiving: [{ id: 'r-dog', text: 'My dog Pepper' }] }, basedOnVersion: v1.version, clientChangeId: crypto.randomUUID() },
  });
  expect(elsewhere.status()).toBe(201);

  await context.setOffline(false);
  await expect(page.getByRole('alert').filter({ hasText: 'Your plan was changed by you, on another device' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Combine both' }).click();
  await expect(page.getByText('Both versions were combined.')).toBeVisible();
  await expectPlanSynced(page);

  const saved = await (await page.request.get('/api/plan')).json();
  expect(saved.version).toBe(3);
  expect(saved.plan.triggers.map((t: { text: string }) => t.text)).toEqual(['Loud arguments']);
  expect(saved.plan.reasonsForLiving.map((r: { text: string }) => r.text)).toEqual(['My dog Pepper']);
});

test('a note at the end of SOS that says an act is under way brings up help, offline too, and is still saved', async ({ page, context }) => {
  await signUpThenGoOffline(page, context);

  await startAndEndSos(page, 7, 'severe');
  await page.getByLabel('A note for yourself (optional)').fill('i took all my pills an hour ago');
  await page.getByRole('button', { name: 'Save note' }).click();

  await expect(page.getByText('Note saved on this device. It will sync when you are online.')).toBeVisible();
  const help = page.getByRole('region', { name: 'What you wrote sounds serious' });
  await expect(help).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you wrote sounds serious' })).toBeFocused();
  await expect(help.getByRole('link', { name: /Call \d+ \(emergency\)/ })).toHaveAttribute('href', /^tel:/);
  await expect(help.getByRole('link', { name: 'Open SOS again' })).toBeVisible();
  await context.setOffline(false);
});

test('an ordinary note at the end of SOS brings up nothing extra', async ({ page }) => {
  await signUp(page);
  await startAndEndSos(page, 4, 'moderate');
  await page.getByLabel('A note for yourself (optional)').fill('The breathing helped, then I called Sam');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('Note saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /What you wrote sounds/ })).toHaveCount(0);
});

test('a note edited later in the journal is read the same way', async ({ page }) => {
  await signUp(page);
  await startAndEndSos(page, 4, 'moderate');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByRole('link', { name: 'Open my journal' }).click();

  await page.locator('.episode textarea').fill('honestly i wish i was dead, nothing helps');
  await page.locator('.episode').getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('.episode').getByText('Note saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'What you wrote sounds heavy' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open SOS again' })).toBeVisible();
});
