/**
 * "Show QR code": the link to a figure's current view as a code a workshop can scan off the
 * projector. Loaded only when asked for (the encoder is most of its weight).
 */
import { encode } from 'uqr';
import { markup, type Markup } from './markup.ts';

/** The code as one SVG path over a square of `size` modules, quiet zone included. */
export function qrPath(text: string): { size: number; d: string } {
  // Medium error correction survives a projector's glare; four modules of margin is the standard's quiet zone.
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size, d };
}

export function qrSvg(text: string): Markup {
  const { size, d } = qrPath(text);
  // Black on white in either theme: scanners expect dark modules on a light ground.
  return markup`<svg viewBox="0 0 ${size} ${size}" role="img" aria-label="QR code of the link below" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

export function showQr(url: string) {
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
