/** Reads a QR path back into modules: every `m dx dy h{w}v1h-{w}z` is a run of w dark modules. */
export function qrModules(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let [x, y] = [0, 0];
  for (const [, dx, dy, w] of d.matchAll(/m(-?\d+) (-?\d+)h(\d+)v1h-\3z/g)) {
    [x, y] = [x + Number(dx), y + Number(dy)];
    for (let i = 0; i < Number(w); i++) grid[y][x + i] = true;
  }
  return grid;
}
