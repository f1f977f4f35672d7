/**
 * Browsers that refuse part of what the site uses still get everything else. Firefox with
 * cookies blocked throws a SecurityError on the mere read of navigator.serviceWorker.
 */
import { expect, pageReady, test } from './fixtures.ts';

test.describe('where reading navigator.serviceWorker throws', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'serviceWorker', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('the contents menu closes after a jump', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/chapters/emergent-misalignment/');
    await page.mouse.move(5, 5);
    await pageReady(page);
    await page.locator('.toc-compact summary').click();
    await page.getByRole('navigation', { name: 'Contents menu' }).getByRole('link', { name: 'References' }).click();
    await expect(page.locator('#references')).toBeInViewport();
    await expect(page.locator('.toc-compact')).not.toHaveAttribute('open');
  });

  test('a BibTeX entry copies with one click', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/references/');
    await page.mouse.move(5, 5);
    await pageReady(page);
    const entry = page.locator('#ref-berglund2023taken');
    await entry.locator('details.bibtex summary').click();
    await entry.getByRole('button', { name: /Copy BibTeX/ }).click();
    await expect(entry.getByRole('button', { name: /Copied/ })).toBeVisible();
  });

  test('search opens and finds', async ({ page }) => {
    await page.goto('/chapters/consequences-for-ai-development/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search the site' });
    await expect(box).toBeFocused();
    await box.fill('Pangolin');
    await expect(page.locator('#search-results mark').first()).toBeVisible();
  });
});
