/**
 * axe-core run in the page, injected once per document: the @axe-core/playwright wrapper injected it again on
 * every call, which made a long chapter's check cost about 3.4 s instead of 0.7 s, and the page
 * walk runs four checks per page. Injected by page.evaluate, which the page's Content-Security-
 * Policy does not govern.
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** What the site promises: WCAG 2.1 A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each violation under `include` (default: the whole page) as "rule: target, target". */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ include, tags }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const context = include.length ? { include: include.map((selector) => [selector]) } : document;
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { include, tags: TAGS },
  );
}
