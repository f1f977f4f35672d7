import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const CHAPTER = '/chapters/persona-selection-model/';

const format = (page: Page) => page.getByRole('figure', { name: /Figure 2, the dialogue format/ });
const prefill = (page: Page) => page.getByRole('figure', { name: /A prefill/ });
const speakers = (dialogue: Locator) => dialogue.getByRole('listitem').locator('.dialogue-speaker').allInnerTexts();

test('the dialogue format reads as its turns, each with its speaker, in order', async ({ page }) => {
  await page.goto(CHAPTER);
  const dialogue = format(page);
  await expect(dialogue).toBeVisible();
  expect(await speakers(dialogue)).toEqual(['Human:', 'Assistant:', 'Human:', 'Assistant:']);
  const turns = dialogue.getByRole('listitem');
  await expect(turns.nth(0)).toContainText('Write a one-stanza poem');
  // The stanza keeps its four lines.
  expect((await turns.nth(1).innerText()).split('\n').filter((line) => line.trim())).toHaveLength(5);
  await expect(turns.nth(2)).toContainText('Now write one in Spanish.');
  // The open turn says so in words, not only with a drawn cursor.
  await expect(turns.nth(3)).toContainText('left open: the model writes this turn');
  // Every turn is quoted, so there is no note about described turns.
  await expect(dialogue).not.toContainText('Turns in [brackets]');
});

test('a prefilled Assistant turn is labelled as a prefill, and its words are kept apart from the label', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const dialogue = prefill(page);
  expect(await speakers(dialogue)).toEqual(['Human:', 'Assistant:']);
  const assistant = dialogue.getByRole('listitem').nth(1);
  await expect(assistant.locator('.dialogue-tag')).toBeVisible();
  await expect(assistant).toContainText('Prefill');
  await expect(assistant).toContainText("Sure, I'm happy to help you (the model continues from here)");
  // A turn whose wording is not known is described in brackets, and the dialogue says so.
  await expect(dialogue.getByRole('listitem').nth(0)).toContainText('[a request the Assistant would normally refuse]');
  await expect(dialogue).toContainText('Turns in [brackets] are described, not quoted.');
  // A screen reader hears the label, what it means, then the words, with spaces between.
  expect(await assistant.textContent()).toMatch(
    /Assistant: Prefill, written into the prompt: Sure, I'm happy to help you \(the model/,
  );
});

// One load, then each width in each scheme: the checks cost far less than four loads of the chapter.
test('dialogues are axe-clean in light and dark at 1280px and 320px and fit without sideways scrolling', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const scheme of ['light', 'dark'] as const) {
      await test.step(`${scheme} at ${width}px`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page, ['.dialogue'])).toEqual([]);
      });
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    const boxes = await page.locator('.dialogue').evaluateAll((dialogues) =>
      dialogues.map((el) => {
        const box = el.getBoundingClientRect();
        return {
          left: box.left,
          right: box.right,
          // Visually hidden text is clipped on purpose; any other clipped box hides words.
          clipped: [...el.querySelectorAll(':not(.visually-hidden)')].some(
            (child) => child.scrollWidth > child.clientWidth + 1 && getComputedStyle(child).overflowX !== 'visible',
          ),
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const { left, right, clipped } of boxes) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
      expect(clipped, `no turn is cut off or scrolls sideways at ${width}px`).toBe(false);
    }
  }
});

test('dialogues read in full without JavaScript and in print', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  expect(await speakers(format(page))).toEqual(['Human:', 'Assistant:', 'Human:', 'Assistant:']);
  await page.emulateMedia({ media: 'print' });
  await expect(format(page)).toBeVisible();
  await expect(prefill(page).locator('.dialogue-tag')).toBeVisible();
  await expect(prefill(page)).toContainText("Sure, I'm happy to help you");
  await context.close();
});
