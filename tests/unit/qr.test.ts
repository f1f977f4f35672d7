import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath, qrSvg } from '../../src/widgets/shared/qr.ts';
import { qrModules as modules } from './qr-modules.ts';

describe('QR code of a figure link', () => {
  const link =
    'https://example.org/psm/chapters/out-of-context-generalization/?pg-distinct=40&pg-hops=2#figure-pangolin';

  it('draws exactly the modules the encoder gives, with the quiet zone', () => {
    const { size, d } = qrPath(link);
    const expected = encode(link, { ecc: 'M', border: 4 });
    expect(size).toBe(expected.size);
    expect(modules(d, size)).toEqual(expected.data);
    // Four light modules all round, then a finder pattern's dark corner.
    expect(modules(d, size)[3][3]).toBe(false);
    expect(modules(d, size)[4][4]).toBe(true);
  });

  it('is an SVG scanners read: dark on a white ground', () => {
    const svg = String(qrSvg(link));
    expect(svg).toMatch(/^<svg viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('fill="#fff"');
    expect(svg).toContain('fill="#000"');
  });
});
