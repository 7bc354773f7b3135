// The companion chat in a real browser: a reply streams in and is announced to screen readers,
// a crisis message brings up the banner with its quick actions, breathing opens in place, and
// axe finds nothing serious.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signUp } from './plan-sos.helpers';

test('chat: streamed replies, risk banner with quick actions, accessible', async ({ page }) => {
  await signUp(page);
  await page.goto('/chat');
  await expect(page.getByRole('heading', { level: 1, name: 'Talk it through' })).toBeVisible();
  await expect(page.getByText('This is an AI companion, not a person and not a therapist.')).toBeVisible();

  const input = page.getByLabel('Message to the companion');
  await input.fill('I had a rough day at work');
  await input.press('Enter');
  const log = page.getByRole('list', { name: 'Conversation' });
  await expect(log.getByRole('listitem')).toHaveCount(2);
  await expect(log.getByRole('listitem').nth(1)).toContainText(/AI/);
  await expect(page.locator('[aria-live="polite"]')).toContainText(/AI/);

  await input.fill('I want to kill myself');
  await page.getByRole('button', { name: 'Send' }).click();
  const banner = page.getByRole('region', { name: 'You can talk to a person right now' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Call 988 Suicide & Crisis Lifeline on 988' })).toHaveAttribute('href', 'tel:988');
  await expect(banner.getByRole('link', { name: 'Open SOS' })).toHaveAttribute('href', '/sos');
  await expect(page.getByRole('alert').filter({ hasText: 'Crisis support is shown' })).toBeAttached();

  await banner.getByRole('button', { name: 'Start breathing' }).click();
  await expect(page.getByRole('region', { name: 'Paced breathing' })).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Conversation' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'You can talk to a person right now' })).toBeVisible();
});
