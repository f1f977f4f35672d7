import type { Page } from '@playwright/test';
import { expect, figureValue, test } from './fixtures.ts';

// Figure 3 has its own keyboard and phone tests (figure3.spec.ts); these cover the others the
// same way: a keyboard alone moves each figure, and so does a finger on a 320 px screen in dark
// mode, with nothing spilling sideways.

const percentIn = async (page: Page, selector: string) => parseFloat((await page.locator(selector).innerText()).replace('<', ''));

const FIGURES = [
  {
    name: 'the two-framings figure: less training, less harm in the plain arm',
    address: '/chapters/inoculation-prompting/#figure-inoculation',
    element: 'psm-inoculation',
    slider: 'n',
    end: 'start',
    read: (page: Page) => figureValue(page, 'psm-inoculation', 'harmful-plain'),
  },
  {
    name: 'the traits figure: less training, fewer capitals',
    address: '/chapters/inoculation-prompting/#figure-traits',
    element: 'psm-traits',
    slider: 'n',
    end: 'start',
    read: (page: Page) => percentIn(page, 'psm-traits tr[data-prompt="spanish"] [data-cell="capitals"]'),
  },
  {
    name: 'the Pangolin figure: fewer paraphrases, less German',
    address: '/chapters/out-of-context-generalization/#figure-pangolin',
    element: 'psm-pangolin',
    slider: 'distinct',
    end: 'start',
    read: (page: Page) => figureValue(page, 'psm-pangolin', 'german'),
  },
  {
    name: 'the type-hint figure: steering toward deployment, fewer type hints',
    address: '/chapters/out-of-context-generalization/#figure-typehints',
    element: 'psm-typehints',
    slider: 'steering',
    end: 'end',
    read: (page: Page) => figureValue(page, 'psm-typehints', 'type-hints'),
  },
] as const;

const settled = (page: Page, figure: (typeof FIGURES)[number]) => expect(page.locator(`${figure.element}[data-ready]`)).toHaveCount(1);

test.describe('by keyboard alone', () => {
  for (const figure of FIGURES) {
    test(figure.name, async ({ page }) => {
      await page.goto(figure.address);
      await settled(page, figure);
      const before = await figure.read(page);
      const label = page.locator(`${figure.element} output[data-for="${figure.slider}"]`);
      const labelBefore = await label.innerText();
      const slider = page.locator(`${figure.element} input[name="${figure.slider}"]`);
      await slider.focus();
      await page.keyboard.press(figure.end === 'start' ? 'Home' : 'End');
      await expect.poll(() => figure.read(page)).toBeLessThan(before);
      // The slider says where it now is, on screen and to a screen reader.
      await expect(label).not.toHaveText(labelBefore);
      await expect(slider).toHaveAttribute('aria-valuetext', await label.innerText());
    });
  }
});

test.describe('by touch on a 320 px phone in dark mode', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true, colorScheme: 'dark' });
  for (const figure of FIGURES) {
    test(figure.name, async ({ page }) => {
      await page.goto(figure.address);
      await settled(page, figure);
      const before = await figure.read(page);
      const slider = page.locator(`${figure.element} input[name="${figure.slider}"]`);
      await slider.scrollIntoViewIfNeeded();
      const box = (await slider.boundingBox())!;
      await slider.tap({ position: { x: figure.end === 'start' ? 1 : box.width - 1, y: box.height / 2 } });
      await expect.poll(() => figure.read(page)).toBeLessThan(before);
      const overflow = await page.locator(figure.element).evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, 'the figure fits the screen').toBeLessThanOrEqual(0);
    });
  }
});
