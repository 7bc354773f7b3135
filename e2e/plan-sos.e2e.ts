// The crisis plan and SOS, as a person uses them on a phone: editing the starter plan, opening
// SOS in one tap, rating distress, a breathing exercise, moving up a level, the region's crisis
// lines, the 15-minute rule with a controlled clock, the quick exit, and unsafe input.
import { expect, test } from '@playwright/test';
import { expectPlanSynced, openPlanStep, rate, signUp, tapSos } from './plan-sos.helpers';

test('a new person edits the starter plan; each save is a version with a readable diff', async ({ page }) => {
  await signUp(page);
  await page.getByRole('link', { name: /My crisis plan/ }).click();

  // The starter plan is there to edit, not a blank page.
  await openPlanStep(page, 'Things I can do on my own');
  await expect(page.getByRole('textbox', { name: 'Coping strategy 1' })).toHaveValue('Slow my breathing down with a breathing exercise');

  await openPlanStep(page, 'My warning signs');
  await page.getByRole('button', { name: 'Add a thought' }).click();
  await page.getByRole('textbox', { name: 'Thoughts: thought 1' }).fill('Nobody would notice if I was gone');
  await expectPlanSynced(page);

  await openPlanStep(page, 'People I can ask for help');
  await page.getByRole('button', { name: 'Add a person I can ask for help' }).click();
  await page.getByRole('textbox', { name: 'Person 1: name' }).fill('Sam');
  await page.getByLabel('Phone').fill('555 0100');
  await page.getByLabel('What they agreed to do').fill('Text me and I will call back within 10 minutes');
  await expectPlanSynced(page);

  // Reloading shows what was saved.
  await page.reload();
  await openPlanStep(page, 'People I can ask for help');
  await expect(page.getByRole('textbox', { name: 'Person 1: name' })).toHaveValue('Sam');

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: /Version 1/ })).toContainText('Starter plan');
  const versions = page.locator('.version');
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(1)).toContainText('Nobody would notice if I was gone');
  await expect(versions.first()).toContainText('Sam');
  await expect(versions.first()).toContainText('Saved by you');
});

test('SOS opens in one tap, rates distress, guides a breathing exercise, and offers the next level when distress rises', async ({ page }) => {
  await page.clock.install();
  await signUp(page);
  await tapSos(page);
  await expect(page.getByText('0 is calm, 10 is the worst you can imagine.')).toBeVisible();

  await rate(page, 2);
  await expect(page.getByRole('heading', { name: /You said 2\. Let's use your mild steps/ })).toBeVisible();
  await page.getByRole('button', { name: 'Start mild steps' }).click();

  // The starter plan's own coping steps come first; skip to the breathing exercise.
  await expect(page.getByRole('heading', { level: 2, name: 'Slow my breathing down with a breathing exercise' })).toBeVisible();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Skip this one' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Next: Box breathing' })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Begin breathing' }).click();
  await expect(page.locator('.breath-cue')).toHaveText('Breathe in');
  await page.clock.runFor(4_500);
  await expect(page.locator('.breath-cue')).toHaveText('Hold');
  await page.clock.runFor(4_000);
  await expect(page.locator('.breath-cue')).toHaveText('Breathe out');
  await expect(page.locator('.breath-circle')).toHaveAttribute('data-phase', 'exhale');

  // Worse after the exercise: SOS suggests the next level, and the person takes it.
  await page.getByRole('button', { name: "I've done this" }).click();
  await expect(page.getByRole('heading', { name: 'How intense is it now?' })).toBeFocused();
  await rate(page, 5);
  await expect(page.getByText('It sounds like this is getting harder.')).toBeVisible();
  await page.getByRole('button', { name: 'Move up a level' }).first().click();
  await expect(page.getByRole('navigation', { name: 'Level of support' })).toContainText('Moderate');
  await expect(page.getByRole('heading', { level: 2, name: 'Slow my breathing down with a breathing exercise' })).toBeVisible();

  await page.getByRole('button', { name: "I'm done for now" }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for taking these steps' })).toBeVisible();
  await expect(page.getByText('You started at 2 and are at 5 now')).toBeVisible();
});

test("SOS opened before the person's plan reached this device switches to their own steps when it lands", async ({ page }) => {
  // Hold the first plan download, as a slow network right after signing up would.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/plan', async (route) => {
    await held;
    await route.continue();
  });
  await signUp(page);
  await tapSos(page);
  await expect(page.getByText('These are general steps.', { exact: false })).toBeVisible();
  await rate(page, 2);
  await expect(page.getByRole('heading', { name: /You said 2\. Let's use your mild steps/ })).toBeVisible();

  release();
  await expect(page.getByText('These are general steps.', { exact: false })).toBeHidden();
  await page.getByRole('button', { name: 'Start mild steps' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Slow my breathing down with a breathing exercise' })).toBeVisible();
});

test("SOS shows the region's crisis lines as call and text links, and the emergency tier puts them first", async ({ page }) => {
  await signUp(page);
  await tapSos(page);
  await expect(page.getByRole('link', { name: 'Call 911 (emergency)' })).toHaveAttribute('href', 'tel:911');
  await expect(page.getByRole('link', { name: 'Call 988: 988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', 'tel:988');
  await expect(page.getByRole('link', { name: 'Text 988: 988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', /^sms:988/);

  await page.goto('/settings');
  await page.getByLabel('Where are you?').selectOption('GB');
  await page.getByRole('button', { name: 'Save region' }).click();
  await expect(page.getByText('Saved. SOS now shows crisis lines for United Kingdom.')).toBeVisible();

  await tapSos(page);
  await expect(page.getByRole('link', { name: 'Call 999 (emergency)' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByRole('link', { name: /^Call 116 123: Samaritans/ })).toHaveAttribute('href', 'tel:116123');

  // At the top of the scale: crisis lines, emergency number and safer-surroundings steps at once.
  await rate(page, 10);
  const emergency = page.locator('.emergency');
  await expect(emergency.getByRole('heading', { name: 'Get help now' })).toBeVisible();
  await expect(emergency.getByRole('link', { name: 'Call 999 (emergency)' })).toBeVisible();
  await expect(emergency.getByRole('link', { name: /Text SHOUT to 85258/ })).toHaveAttribute('href', /^sms:85258/);
  await expect(emergency).toContainText('Keep only small amounts of medicine at home for now');
  // The server has the region too (it prints the crisis card).
  await expect.poll(async () => (await (await page.request.get('/api/settings')).json()).region).toBe('GB');
});

test('the 15-minute rule: a step that has not helped after 15 minutes gets a gentle suggestion to move on', async ({ page }) => {
  await page.clock.install();
  await signUp(page);
  await tapSos(page);
  await rate(page, 6);
  await page.getByRole('button', { name: 'Start moderate steps' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Slow my breathing down with a breathing exercise' })).toBeVisible();

  await page.clock.runFor('14:00');
  await expect(page.getByText('You have given this 15 minutes')).toHaveCount(0);
  await page.clock.runFor('01:10');
  await expect(page.getByText('You have given this 15 minutes and it has not eased things.')).toBeVisible();
  await page.getByRole('button', { name: 'Try the next step' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Next: / })).toBeVisible();
});

test('quick exit swaps any screen for a plain calculator in one tap', async ({ page }) => {
  await signUp(page);
  await tapSos(page);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(/\/calculator$/);
  await expect(page).toHaveTitle('Calculator');
  await expect(page.getByText('Kinbridge')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /SOS/ })).toHaveCount(0);
  await page.getByRole('button', { name: '7' }).click();
  await page.getByRole('button', { name: '×' }).click();
  await page.getByRole('button', { name: '6' }).click();
  await page.getByRole('button', { name: '=' }).click();
  await expect(page.locator('output')).toHaveText('42');
});

test('long text, emoji and HTML in the plan are shown as plain text, and limits explain themselves', async ({ page }) => {
  await signUp(page);
  await openPlanStep(page, 'What sets things off');
  await page.getByRole('button', { name: 'Add a trigger' }).click();
  const trigger = page.getByRole('textbox', { name: 'Trigger 1' });
  await trigger.fill('x'.repeat(501));
  await expect(page.getByRole('alert').filter({ hasText: 'Trigger 1 is longer than 500 characters. Please shorten it.' })).toBeVisible();
  await expect(trigger).toHaveAttribute('aria-invalid', 'true');
  await trigger.fill('Late nights 🌙 alone');

  const html = '<b>Breathe</b> <img src=x onerror="window.__pwned=1"> 🌊';
  await openPlanStep(page, 'Things I can do on my own');
  await page.getByRole('textbox', { name: 'Coping strategy 1' }).fill(html);
  await expectPlanSynced(page);

  await tapSos(page);
  await rate(page, 1);
  await page.getByRole('button', { name: 'Start mild steps' }).click();
  const heading = page.getByRole('heading', { level: 2, name: html });
  await expect(heading).toBeVisible();
  await expect(heading.locator('b, img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // A plan with thousands of entries is refused with a sentence a person can act on.
  const many = Array.from({ length: 3000 }, (_, i) => ({ id: `t${i}`, text: `trigger ${i}` }));
  const current = await (await page.request.get('/api/plan')).json();
  const refused = await page.request.put('/api/plan', {
    data: { plan: { ...current.plan, triggers: many }, basedOnVersion: current.version, clientChangeId: crypto.randomUUID() },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toMatch(/more than 50 entries/);
});

test('the crisis card page offers a wallet PDF, a full-page PDF and a lock-screen PNG', async ({ page }) => {
  await signUp(page);
  await page.getByRole('link', { name: /Crisis card/ }).click();
  const expected: [RegExp, string][] = [
    [/Wallet card \(PDF\)/, 'application/pdf'],
    [/Full page \(PDF\)/, 'application/pdf'],
    [/Lock-screen image \(PNG\)/, 'image/png'],
  ];
  for (const [name, type] of expected) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    const body = await response.body();
    if (type === 'image/png') expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1170, 2532]);
    else expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  }
});
