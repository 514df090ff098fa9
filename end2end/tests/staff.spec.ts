// A staff member signs in, changes the password and signs out — hydrated and
// without JavaScript — with axe-core on every staff page.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { msg, expectAccessible, ready } from './support';

function createAdmin(email: string, password: string) {
  execFileSync(process.env.E2E_BIN!, ['admin', 'create', '--email', email, '--name', 'Leder'], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL!, UNGSTEMME_ADMIN_PASSWORD: password, RUST_LOG: 'error' },
  });
}

test('staff sign in, change password and sign out', async ({ page, javaScriptEnabled }, info) => {
  const email = `leder-${info.project.name}-${Date.now()}@innsats.no`;
  createAdmin(email, 'et langt og godt passord');

  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-need-sign-in'));
  await expectAccessible(page);

  await page.goto('/staff/sign-in');
  await ready(page, javaScriptEnabled);
  await expectAccessible(page);
  await page.getByLabel(msg('nb', 'staff-email-label')).fill(email);
  await page.getByLabel(msg('nb', 'staff-password-label')).fill('feil passord');
  await page.getByRole('button', { name: msg('nb', 'staff-sign-in-button') }).click();
  await expect(page.getByText(msg('nb', 'error-sign-in-failed'))).toBeVisible();
  await expectAccessible(page);

  await page.goto('/staff/sign-in');
  await ready(page, javaScriptEnabled);
  await page.getByLabel(msg('nb', 'staff-email-label')).fill(email);
  await page.getByLabel(msg('nb', 'staff-password-label')).fill('et langt og godt passord');
  await page.getByRole('button', { name: msg('nb', 'staff-sign-in-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-hello', { name: 'Leder' }));
  await expectAccessible(page);

  await page.getByLabel(msg('nb', 'staff-current-password-label')).fill('et langt og godt passord');
  await page.getByLabel(msg('nb', 'staff-new-password-label')).fill('et enda lengre og bedre passord');
  await page.getByRole('button', { name: msg('nb', 'staff-change-password-button') }).click();
  await expect(page.getByText(msg('nb', 'staff-password-changed'))).toBeVisible();

  await page.getByRole('button', { name: msg('nb', 'staff-sign-out-button'), exact: true }).click();
  // Signing out ends on the front page; wait for it before looking again.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'welcome-title'));
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-need-sign-in'));
});

test('an administrator invites a facilitator, who sets a password', async ({ page, browser, javaScriptEnabled }, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  const admin = `admin-${stamp}@innsats.no`;
  createAdmin(admin, 'et langt og godt passord');
  await page.goto('/staff/sign-in');
  await ready(page, javaScriptEnabled);
  await page.getByLabel(msg('nb', 'staff-email-label')).fill(admin);
  await page.getByLabel(msg('nb', 'staff-password-label')).fill('et langt og godt passord');
  await page.getByRole('button', { name: msg('nb', 'staff-sign-in-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-hello', { name: 'Leder' }));

  await page.goto('/staff/admin');
  await ready(page, javaScriptEnabled);
  await expectAccessible(page);
  await page.getByLabel(msg('nb', 'staff-admin-org-name-label')).fill(`Ungdomsrådet ${stamp}`);
  await page.getByRole('button', { name: msg('nb', 'staff-admin-create-org-button') }).click();
  await expect(page.getByRole('listitem').filter({ hasText: `Ungdomsrådet ${stamp}` })).toBeVisible();

  await page.getByLabel(msg('nb', 'staff-admin-invite-name-label'), { exact: true }).fill('Frida');
  await page.locator('#invite-email').fill(`frida-${stamp}@alta.no`);
  await page.getByLabel(msg('nb', 'staff-admin-invite-role-label'), { exact: true }).selectOption('facilitator');
  // Into the demo organisation, so she finds the demo consultation there.
  await page.getByLabel(msg('nb', 'staff-admin-invite-org-label'), { exact: true }).selectOption({ label: 'Ungstemme demo' });
  await page.getByRole('button', { name: msg('nb', 'staff-admin-invite-button') }).click();
  const link = (await page.locator('.invite-link').textContent())!;
  expect(link).toMatch(/\/staff\/invite\/[0-9a-f]{64}$/);
  await expectAccessible(page);

  const frida = await browser.newContext({ javaScriptEnabled, locale: 'nb-NO' });
  const p2 = await frida.newPage();
  await p2.goto(link);
  await expect(p2.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-invite-welcome', { name: 'Frida' }));
  await ready(p2, javaScriptEnabled);
  await expectAccessible(p2);
  await p2.getByLabel(msg('nb', 'staff-new-password-label')).fill('fridas lange passord');
  await p2.getByRole('button', { name: msg('nb', 'staff-invite-button') }).click();
  await expect(p2.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-hello', { name: 'Frida' }));
  await p2.goto('/staff/admin');
  await expect(p2.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-forbidden-title'));

  // She opens a live session of the demo: code, QR code and a poster.
  await p2.goto('/staff/consultations');
  await ready(p2, javaScriptEnabled);
  await expect(p2.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'staff-consultations-title'));
  await expectAccessible(p2);
  await p2.getByRole('button', { name: msg('nb', 'staff-session-open-button') }).first().click();
  await expect(p2.locator('.qr svg')).toBeVisible();
  const code = (await p2.locator('.join-code-big').textContent())!.trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  await expectAccessible(p2);
  await p2.getByRole('link', { name: msg('nb', 'staff-session-poster') }).click();
  await expect(p2.getByText(msg('se', 'poster-instruction'))).toBeVisible();
  await expectAccessible(p2);

  // A young person joins with that code.
  const phone = await browser.newContext({ javaScriptEnabled, locale: 'nb-NO' });
  const p3 = await phone.newPage();
  await p3.goto(`/j/${code}`);
  await expect(p3.getByRole('heading', { level: 1 })).toHaveText('Fritid der du bor');
  await phone.close();
  await frida.close();
});
