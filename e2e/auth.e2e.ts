import { expect, test } from '@playwright/test';

test('a new person signs up, lands on home, logs out and logs back in', async ({ page }) => {
  const email = `e2e-${Date.now()}@example.org`;
  const password = 'quiet harbour lanterns';

  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByText(`You are signed in as ${email}`)).toBeVisible();
  await expect(page.getByRole('link', { name: /SOS/ }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText(`You are signed in as ${email}`)).toBeVisible();
});

test('a wrong password gets a clear message, announced to screen readers', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('nobody@example.org');
  await page.getByLabel('Password').fill('not a real password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
});
