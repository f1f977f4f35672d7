/**
 * "Show QR code": the figure's link as a code filling a dialog. Loaded only when a reader asks
 * for it, and so is its stylesheet (see lazy-stylesheet.ts).
 */
import { markup } from './markup.ts';
import { qrSvg } from './qr.ts';
import stylesheet from './qr-dialog.css?url';
import { linkStylesheet } from '../../lib/lazy-stylesheet.ts';

export async function showQr(url: string) {
  await linkStylesheet(stylesheet);
  const dialog = document.createElement('dialog');
  dialog.className = 'qr-dialog';
  dialog.setAttribute('aria-labelledby', 'qr-title');
  dialog.innerHTML = String(markup`<h2 id="qr-title">Open this view on another device</h2>
<div class="qr-code">${qrSvg(url)}</div>
<p class="qr-url">${url}</p>
<form method="dialog"><button type="submit" class="button">Close</button></form>`);
  // The browser returns focus to the button that opened it.
  dialog.addEventListener('close', () => dialog.remove());
  // A click on the backdrop lands on the dialog itself: close, as a reader expects of a lightbox.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  dialog.showModal();
}
