// Usage: node shot.mjs <url> <out.png> [width] [dark] [selector]
import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
const [url, out, width = '1280', dark = '', selector = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
await page.goto(url);
await page.waitForTimeout(800);
if (selector) { const el = page.locator(selector).first(); await el.scrollIntoViewIfNeeded(); await page.waitForTimeout(500); await el.screenshot({ path: out }); }
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
