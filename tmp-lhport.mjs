import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as launcher from 'chrome-launcher';
import { CHROMIUM_ARGS, requireChromium } from './scripts/browser.mjs';
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: '4353' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const chrome = await launcher.launch({ chromePath: requireChromium({ find: () => '/usr/bin/chromium' }), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
for (const path of process.argv.slice(2)) {
  spawnSync('node_modules/.bin/lighthouse', [`http://127.0.0.1:4353${path}`, `--port=${chrome.port}`, '--only-categories=performance', '--output=json', '--output-path=/tmp/lhp.json', '--quiet'], { stdio: 'ignore' });
  const r = JSON.parse(readFileSync('/tmp/lhp.json', 'utf8'));
  const m = r.audits.metrics.details.items[0];
  console.log(path, Math.round(r.categories.performance.score * 100), 'obsFP', m.observedFirstPaint, 'FCP', m.firstContentfulPaint, 'SI', m.speedIndex);
}
chrome.kill(); server.kill();
