// Help one tap away and the accessibility statement: at the foot of every page
// young people see, "Need someone to talk to?" opens the help lines in the page's
// language (a plain <details>, so also without JavaScript), and the accessibility
// statement is one link away. Staff pages do not carry the help lines. In all
// four languages, with axe-core.
import { test, expect } from '@playwright/test';
import { LANGS, msg, expectAccessible, ready } from './support';

test('the help lines and the accessibility statement are one tap away in every language', async ({ browser, javaScriptEnabled }) => {
  const js = javaScriptEnabled;
  for (const lang of LANGS) {
    const context = await browser.newContext({ javaScriptEnabled: js, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(lang === 'nb' ? '/j/SVAR25' : `/lang/${lang}?to=/j/SVAR25`);
    await ready(page, js);
    const help = page.locator('footer details.help-anytime');
    const summary = help.locator('summary');
    await expect(summary).toHaveText(msg(lang, 'help-anytime-summary'));
    const number = help.locator('a[href^="tel:"]').first();
    await expect(number).toBeHidden();
    await summary.click();
    await expect(number).toBeVisible();
    await expect(help.getByText(msg(lang, 'help-anytime-intro'))).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: msg(lang, 'a11y-link') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(lang, 'a11y-title'));
    await ready(page, js);
    await expect(page.getByText(msg(lang, 'a11y-limit-read-aloud'))).toBeVisible();
    await expectAccessible(page);
    await context.close();
  }

  // Staff pages keep their footer to what Ungstemme stores.
  const staff = await browser.newContext({ javaScriptEnabled: js, locale: 'nb-NO' });
  const page = await staff.newPage();
  await page.goto('/staff/sign-in');
  await ready(page, js);
  await expect(page.locator('footer')).toContainText(msg('nb', 'footer-anonymous'));
  await expect(page.locator('details.help-anytime')).toHaveCount(0);
  await staff.close();
});
