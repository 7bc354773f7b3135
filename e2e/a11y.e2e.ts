// Accessibility of home, the plan editor and SOS: axe finds nothing serious, SOS works from
// the keyboard alone, and "reduce motion" stops the breathing animation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPlanStep, rate, signUp, tapSos } from './plan-sos.helpers';

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Presses Tab until `target` has focus, the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${String(target)} with the Tab key`);
}

test('axe finds no serious problems on home, the plan editor and SOS', async ({ page }) => {
  await signUp(page);
  await expectNoSeriousViolations(page, 'home');

  for (const step of [
    'What sets things off',
    'My warning signs',
    'Things I can do on my own',
    'People I can ask for help',
    'Professionals and services',
    'Putting it in order',
  ]) {
    await openPlanStep(page, step);
    await expectNoSeriousViolations(page, `plan: ${step}`);
  }
  await page.getByText('All steps').click();
  await expectNoSeriousViolations(page, 'plan: step list open');

  await tapSos(page);
  await expectNoSeriousViolations(page, 'SOS: rating');
  await rate(page, 3);
  await expectNoSeriousViolations(page, 'SOS: tier proposal');
  await page.getByRole('button', { name: 'Start mild steps' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: "I've done this" }).click();
  await expectNoSeriousViolations(page, 'SOS: strategy and rating');
  await rate(page, 10);
  await page.getByRole('button', { name: 'Move up a level' }).first().click();
  await page.getByRole('button', { name: 'Move up a level' }).first().click();
  await page.getByRole('button', { name: 'Move up a level' }).first().click();
  await expect(page.getByRole('heading', { name: 'Get help now' })).toBeVisible();
  await expectNoSeriousViolations(page, 'SOS: emergency');
  await page.getByRole('button', { name: "I'm done for now" }).click();
  await expectNoSeriousViolations(page, 'SOS: end');
});

test('SOS works with the keyboard alone, and focus follows each step', async ({ page }) => {
  await signUp(page);
  const sos = page.getByRole('link', { name: /SOS: get help now/ });
  await tabTo(page, sos);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'SOS' })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: /^4$/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Start moderate steps' }));
  await page.keyboard.press('Enter');
  // Focus moves to the step that appeared, so the next Tab lands on its buttons.
  await expect(page.getByRole('heading', { level: 2, name: 'Slow my breathing down with a breathing exercise' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: "I've done this" }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'How intense is it now?' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: /^3$/ }));
  await page.keyboard.press('Space');
  await expect(page.getByText('Things have eased a bit.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: "I'm done for now" }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thank you for taking these steps' })).toBeFocused();
});

async function circleTransition(page: Page): Promise<string> {
  return page.locator('.breath-circle').evaluate((el) => getComputedStyle(el).transitionDuration);
}

async function startBoxBreathing(page: Page): Promise<void> {
  await tapSos(page);
  await rate(page, 1);
  await page.getByRole('button', { name: 'Start mild steps' }).click();
  // One skip at a time: wait for the next step to show before skipping again (on a loaded
  // machine a click can otherwise land while the previous step is still on screen).
  for (let i = 0; i < 4; i++) {
    const before = (await page.locator('#sos-step').textContent()) ?? '';
    await page.getByRole('button', { name: 'Skip this one' }).click();
    await expect(page.locator('#sos-step')).not.toHaveText(before);
  }
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Begin breathing' }).click();
  await expect(page.locator('.breath-cue')).toHaveText('Breathe in');
}

test('the breathing circle animates, and stops animating when the system asks for reduced motion', async ({ page }) => {
  await signUp(page);
  await startBoxBreathing(page);
  expect(parseFloat(await circleTransition(page))).toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await startBoxBreathing(page);
  expect(await circleTransition(page)).toBe('0s');
  // The exercise itself still runs: the cue text changes with each phase, announced politely.
  await expect(page.locator('.breath-cue')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('.breath-cue')).toHaveText('Hold', { timeout: 6_000 });
});

test('the crisis protocol page is public, plain and accessible', async ({ page }) => {
  await page.goto('/safety');
  await expect(page.getByRole('heading', { name: 'How Kinbridge keeps you safe' })).toBeVisible();
  await expect(page.getByText('never gives information about ways to harm yourself')).toBeVisible();
  await expect(page.getByRole('link', { name: 'open SOS' })).toHaveAttribute('href', '/sos');
  await expectNoSeriousViolations(page, 'safety');
});
