/**
 * "Show QR code": the link to a figure's current view as a code a workshop can scan off the
 * projector. Loaded only when asked for (the encoder is most of its weight).
 */
import { encode } from 'uqr';
import { markup, type Markup } from './markup.ts';

/**
 * The code as one SVG path over a square of `size` modules, quiet zone included. Each run of
 * dark modules in a row is one rectangle, which keeps a page of codes (the workshop page) small.
 */
export function qrPath(text: string): { size: number; d: string } {
  // Medium error correction survives a projector's glare; four modules of margin is the standard's quiet zone.
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  // Relative moves from where the last run began (a closed subpath returns there) keep the
  // numbers short.
  let d = '';
  let [atX, atY] = [0, 0];
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const width = x - start + 1;
      d += `m${start - atX} ${y - atY}h${width}v1h-${width}z`;
      [atX, atY] = [start, y];
    }
  });
  return { size, d };
}

export function qrSvg(text: string): Markup {
  const { size, d } = qrPath(text);
  // Black on white in either theme: scanners expect dark modules on a light ground.
  return markup`<svg viewBox="0 0 ${size} ${size}" role="img" aria-label="QR code of the link below" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
