/**
 * Draws the handout's QR code (HandoutQr.astro) when the page is about to print. Built on its own
 * (HandoutQr imports its address) and imported by the page script only then: the encoder is most
 * of its weight, and few readers print.
 */
import { qrSvg } from '../widgets/shared/qr.ts';

for (const handout of document.querySelectorAll<HTMLElement>('.handout-qr[data-qr]')) {
  const code = handout.querySelector('.handout-qr-code')!;
  if (!code.firstChild) code.innerHTML = String(qrSvg(handout.dataset.qr!));
}
