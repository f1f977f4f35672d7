/**
 * "Show QR code": the figure's link as a code filling a dialog. Loaded only when a reader asks
 * for it, and so is its stylesheet: linked here, by its address, rather than imported, since the
 * build would otherwise link an imported stylesheet from every chapter page (and the offline
 * copy's first visit would save it).
 */
import { markup } from './markup.ts';
import { qrSvg } from './qr.ts';
import stylesheet from './qr-dialog.css?url';

/** The dialog's stylesheet, linked once and loaded before the dialog first opens. */
let styled: Promise<unknown> | undefined;
function style(): Promise<unknown> {
  styled ??= new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
    // A stylesheet that fails to load leaves a plain dialog, still usable.
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
    document.head.append(link);
  });
  return styled;
}

export async function showQr(url: string) {
  await style();
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
