// Made for every child's phone: the whole consultation by keyboard alone, every
// young person's page in four languages at 320 px and with text at 200 % without
// sideways scrolling and with axe-core clean, and read-aloud only where the phone
// has a voice for the language.
import { test, expect, Page, Locator } from '@playwright/test';
import { LANGS, msg, demo, stored, ready, expectAccessible, Lang } from './support';

const q = demo.questions;
const progress = (lang: Lang, n: number) => msg(lang, 'progress', { n, total: q.length });

/** Presses Tab until `target` has focus; fails if it is never reached. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached by Tab: ${target}`);
}

/** The focused element shows where it is (WCAG 2.4.7). */
async function expectFocusVisible(page: Page) {
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
}

/** No sideways scrolling at this width. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${what} scrolls sideways`).toBeLessThanOrEqual(width);
}

test('a whole consultation with the keyboard alone', async ({ page, javaScriptEnabled }) => {
  const marker = `keyboard-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto('/');
  await ready(page, javaScriptEnabled);

  // The skip link comes first and goes to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: msg('nb', 'skip-to-content') })).toBeFocused();
  await expectFocusVisible(page);

  await tabTo(page, page.getByLabel(msg('nb', 'join-code-label'), { exact: true }));
  await page.keyboard.type('svar25');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(demo.title.nb);
  await ready(page, javaScriptEnabled);
  const start = page.getByRole('button', { name: msg('nb', 'start-button') });
  await tabTo(page, start);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');

  const next = page.getByRole('button', { name: msg('nb', 'next-button'), exact: true });
  const skip = page.getByRole('button', { name: msg('nb', 'skip-button'), exact: true });

  // 1: single choice — Tab into the group, arrow to the second option.
  await expect(page.getByText(progress('nb', 1))).toBeVisible();
  await ready(page, javaScriptEnabled);
  await tabTo(page, page.getByLabel(q[0].options[0].nb, { exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel(q[0].options[1].nb, { exact: true })).toBeChecked();
  await tabTo(page, next);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');

  // 2: multiple choice — Space ticks.
  await expect(page.getByText(progress('nb', 2))).toBeVisible();
  await tabTo(page, page.getByLabel(q[1].options[2].nb, { exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByLabel(q[1].options[2].nb, { exact: true })).toBeChecked();
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 3: the scale — arrows move along it.
  await expect(page.getByText(progress('nb', 3))).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: msg('nb', 'scale-1'), exact: true }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: msg('nb', 'scale-3'), exact: true })).toBeChecked();
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 4: free text.
  await expect(page.getByText(progress('nb', 4))).toBeVisible();
  await tabTo(page, page.getByLabel(q[3].prompt.nb, { exact: true }));
  await page.keyboard.type(`Med tastaturet ${marker}`);
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 5–7 skipped.
  for (const n of [5, 6, 7]) {
    await expect(page.getByText(progress('nb', n))).toBeVisible();
    await tabTo(page, skip);
    await page.keyboard.press('Enter');
  }

  // About you, then send.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'about-title'));
  const send = page.getByRole('button', { name: msg('nb', 'send-button') });
  await tabTo(page, send);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('nb', 'thanks-title'));

  const rows = stored('SVAR25').filter((r) => r.answers.some((a) => a.text?.includes(marker)));
  expect(rows).toHaveLength(1);
  expect(rows[0].answers.map((a) => a.scale).filter((s) => s !== null)).toEqual([3]);
  expect(rows[0].answers.filter((a) => a.option !== null)).toHaveLength(2);
});

for (const lang of LANGS) {
  test(`every young person's page in ${lang}: 320 px, 200 % text, axe-core`, async ({ page, context, javaScriptEnabled, baseURL }) => {
    await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
    await page.setViewportSize({ width: 320, height: 640 });

    // A survey to walk through, with every kind of question.
    await page.goto('/j/SVAR25');
    await ready(page, javaScriptEnabled);
    await page.getByRole('button', { name: msg(lang, 'start-button') }).click();
    await expect(page.getByText(progress(lang, 1))).toBeVisible();
    const token = page.url().match(/\/r\/([^/]+)\/q\/1/)![1];

    const pages = [
      '/',
      '/j',
      '/j/SVAR25',
      ...q.map((_: unknown, i: number) => `/r/${token}/q/${i + 1}`),
      `/r/${token}/q/1?help=1`,
      `/r/${token}/about`,
      `/r/${token}/saved`,
      '/offline',
      '/heard',
      '/tilgjengelighet',
      '/finst-ikkje',
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await ready(page, javaScriptEnabled);
      await expectNoSidewaysScroll(page, `${path} at 320 px`);
      await expectAccessible(page);
      // Text at 200 % (the stylesheet's 112.5 % doubled), on a common phone width.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
      await expectNoSidewaysScroll(page, `${path} with 200 % text`);
      await page.setViewportSize({ width: 320, height: 640 });
    }
  });
}

test.describe('read aloud', () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'speech needs JavaScript');

  /** Replaces the browser's speech with one that has these voices and records what it says. */
  async function voices(page: Page, langs: string[]) {
    await page.addInitScript((langs) => {
      const w = window as any;
      w.__spoken = [];
      const list = langs.map((lang: string) => ({ lang, name: `test ${lang}`, default: false, localService: true, voiceURI: lang }));
      w.SpeechSynthesisUtterance = class {
        text: string;
        lang = '';
        voice: unknown = null;
        constructor(text: string) {
          this.text = text;
        }
      };
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => list,
          speak: (u: SpeechSynthesisUtterance) => w.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
          cancel: () => {},
          addEventListener: () => {},
        },
      });
    }, langs);
  }

  async function firstQuestion(page: Page, lang: Lang, baseURL: string) {
    await page.context().addCookies([{ name: 'lang', value: lang, url: baseURL }]);
    await page.goto('/j/SVAR25');
    await ready(page, true);
    await page.getByRole('button', { name: msg(lang, 'start-button') }).click();
    await expect(page.getByText(progress(lang, 1))).toBeVisible();
    return page.getByRole('button', { name: msg(lang, 'read-aloud') });
  }

  test('reads the question and its options in the page\'s language', async ({ page, baseURL }) => {
    await voices(page, ['nb-NO', 'en-GB']);
    const button = await firstQuestion(page, 'nb', baseURL!);
    await expect(button).toBeVisible();
    await button.click();
    await expect.poll(() => page.evaluate(() => (window as any).__spoken.length)).toBe(1);
    const spoken = await page.evaluate(() => (window as any).__spoken);
    expect(spoken[0].lang).toBe('nb');
    expect(spoken[0].voice).toBe('test nb-NO');
    expect(spoken[0].text).toContain(q[0].prompt.nb);
    for (const option of q[0].options) expect(spoken[0].text).toContain(option.nb);
    await expectAccessible(page);

    // The next question, reached without a page load when hydrated, has its own.
    await page.getByRole('button', { name: msg('nb', 'next-button'), exact: true }).click();
    await expect(page.getByText(progress('nb', 2))).toBeVisible();
    await page.getByRole('button', { name: msg('nb', 'read-aloud') }).click();
    await expect.poll(() => page.evaluate(() => (window as any).__spoken.length)).toBe(2);
    const again = await page.evaluate(() => (window as any).__spoken);
    expect(again[1].text).toContain(q[1].prompt.nb);
  });

  test('is not offered where the phone has no voice for the language', async ({ page, baseURL }) => {
    await voices(page, ['nb-NO']);
    const button = await firstQuestion(page, 'se', baseURL!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q[0].prompt.se);
    await expect(button).toBeHidden();
  });
});
