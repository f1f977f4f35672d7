/**
 * A figure as it is shown, drawn as one self-contained SVG: what the page laid out (the summary,
 * the output, the legend and the caption, without the controls), read from the rendered page
 * with every style resolved: each colour as the current theme computes it, each font as the
 * page's font stack, each chart's `var(--…)` and `currentColor` written out. It references
 * nothing outside itself, so it opens alone, in a slide or an editor, as the reader saw it.
 *
 * Text becomes one <text> per laid-out line, at the place the browser put it, its length fixed
 * to the line's width so a machine with other fonts keeps the layout; backgrounds and borders
 * become rectangles (the bars are backgrounds); a chart is copied with its styles made attributes.
 */
import { escape } from './markup.ts';

/** What is never drawn: controls, buttons, and what the frame shows only while loading. */
const SKIP = '.figure-controls, .fig-controls, .fig-actions, .fig-pending, .fig-static, [data-action], script, style';
const PAD = 16;
const GAP = 12;

/** Chart styles that become attributes, so the copy needs no stylesheet. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
];

const num = (n: number) => String(Math.round(n * 100) / 100);

/** A computed colour's alpha: 0 for transparent. */
function alpha(colour: string): number {
  if (!colour || colour === 'transparent') return 0;
  const match = colour.match(/rgba?\(([^)]*)\)/);
  if (!match) return 1;
  const parts = match[1].split(/[\s,/]+/).filter(Boolean);
  return parts.length > 3 ? parseFloat(parts[3]) : 1;
}

const fontOf = (style: CSSStyleDeclaration) =>
  `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;

/** Measures a font's ascent and descent, and text widths, with a canvas the page never shows. */
function measurer() {
  const context = document.createElement('canvas').getContext('2d')!;
  const metrics = new Map<string, { ascent: number; descent: number }>();
  return {
    metrics(font: string) {
      let found = metrics.get(font);
      if (!found) {
        context.font = font;
        const m = context.measureText('Hg');
        found = { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
        metrics.set(font, found);
      }
      return found;
    },
    width(font: string, text: string) {
      context.font = font;
      return context.measureText(text).width;
    },
  };
}

type Measurer = ReturnType<typeof measurer>;

interface Shift {
  dx: number;
  dy: number;
}

/** CSS opacity compounds down the tree; an SVG attribute is the element's own. */
const faded = (opacity: number) => (opacity < 1 ? ` opacity="${num(opacity)}"` : '');

function textAttributes(style: CSSStyleDeclaration): string {
  const attributes = [
    `font-family="${escape(style.fontFamily)}"`,
    `font-size="${style.fontSize}"`,
    style.fontWeight !== '400' && `font-weight="${style.fontWeight}"`,
    style.fontStyle !== 'normal' && `font-style="${style.fontStyle}"`,
    style.letterSpacing !== 'normal' && `letter-spacing="${style.letterSpacing}"`,
    `fill="${style.color}"`,
  ];
  return attributes.filter(Boolean).join(' ');
}

/** A text node as one <text> per line it was laid out on. */
function drawText(node: Text, out: string[], shift: Shift, measure: Measurer, opacity: number) {
  const parent = node.parentElement!;
  const style = getComputedStyle(parent);
  if (style.visibility !== 'visible' || alpha(style.color) === 0) return;
  const { ascent, descent } = measure.metrics(fontOf(style));
  const upper = style.textTransform === 'uppercase';
  const range = document.createRange();
  let line: { top: number; height: number; left: number; right: number; words: string[] } | null = null;
  const flush = () => {
    if (!line) return;
    const text = line.words.join(' ');
    const baseline = line.top + (line.height - (ascent + descent)) / 2 + ascent;
    out.push(
      `<text x="${num(line.left + shift.dx)}" y="${num(baseline + shift.dy)}" textLength="${num(line.right - line.left)}" lengthAdjust="spacing" ${textAttributes(style)}${faded(opacity)}>${escape(upper ? text.toUpperCase() : text)}</text>`,
    );
  };
  for (const match of node.data.matchAll(/\S+/g)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rect = range.getClientRects()[0];
    if (!rect || rect.width === 0) continue;
    if (line && Math.abs(rect.top - line.top) < rect.height / 2 && rect.left >= line.right - 1) {
      line.words.push(match[0]);
      line.right = rect.right;
    } else {
      flush();
      line = { top: rect.top, height: rect.height, left: rect.left, right: rect.right, words: [match[0]] };
    }
  }
  flush();
}

/** An element's background and borders, as rectangles. */
function drawBox(element: Element, style: CSSStyleDeclaration, out: string[], shift: Shift, opacity: number) {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const [x, y] = [rect.left + shift.dx, rect.top + shift.dy];
  if (alpha(style.backgroundColor) > 0) {
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    out.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(rect.width)}" height="${num(rect.height)}"${radius ? ` rx="${num(Math.min(radius, rect.height / 2))}"` : ''} fill="${style.backgroundColor}"${faded(opacity)}/>`,
    );
  }
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
    const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    if (!width || style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' || alpha(colour) === 0)
      continue;
    const box = {
      Top: [x, y, rect.width, width],
      Bottom: [x, y + rect.height - width, rect.width, width],
      Left: [x, y, width, rect.height],
      Right: [x + rect.width - width, y, width, rect.height],
    }[side];
    out.push(
      `<rect x="${num(box[0])}" y="${num(box[1])}" width="${num(box[2])}" height="${num(box[3])}" fill="${colour}"${faded(opacity)}/>`,
    );
  }
}

/** A chart, copied with every style it uses written as attributes. */
function drawSvg(svg: SVGSVGElement, out: string[], shift: Shift, opacity: number) {
  const rect = svg.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    const style = getComputedStyle(original);
    if (style.display === 'none') {
      target.remove();
      return;
    }
    for (const prop of SVG_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) target.setAttribute(prop, value);
    }
    for (const attribute of [...target.attributes])
      if (attribute.name === 'class' || attribute.name === 'style' || attribute.name.startsWith('data-'))
        target.removeAttribute(attribute.name);
  });
  const own = opacity * parseFloat(getComputedStyle(svg).opacity);
  if (own < 1) copy.setAttribute('opacity', num(own));
  copy.setAttribute('x', num(rect.left + shift.dx));
  copy.setAttribute('y', num(rect.top + shift.dy));
  copy.setAttribute('width', num(rect.width));
  copy.setAttribute('height', num(rect.height));
  out.push(new XMLSerializer().serializeToString(copy));
}

/** Whether an element is laid out but meant for screen readers only (clipped to a pixel). */
function offscreen(element: Element, style: CSSStyleDeclaration) {
  if (style.position !== 'absolute') return false;
  const rect = element.getBoundingClientRect();
  return rect.width <= 1 || rect.height <= 1;
}

function draw(node: Node, out: string[], shift: Shift, measure: Measurer, inherited = 1) {
  if (node.nodeType === Node.TEXT_NODE) {
    drawText(node as Text, out, shift, measure, inherited);
    return;
  }
  if (!(node instanceof Element) || node.matches(SKIP)) return;
  if (node instanceof HTMLDetailsElement && !node.open) return;
  const style = getComputedStyle(node);
  if (style.display === 'none' || offscreen(node, style)) return;
  if (node instanceof SVGSVGElement) {
    drawSvg(node, out, shift, inherited);
    return;
  }
  const opacity = inherited * parseFloat(style.opacity);
  if (opacity === 0) return;
  drawBox(node, style, out, shift, opacity);
  for (const child of node.childNodes) draw(child, out, shift, measure, opacity);
}

/** The figure's parts in order: its frame's children without the controls, then the caption. */
function blocks(figure: HTMLElement): HTMLElement[] {
  const live = figure.querySelector<HTMLElement>('.live-figure');
  return [...figure.children]
    .flatMap((child) => (child === live ? [...live.children] : [child]))
    .filter((block): block is HTMLElement => {
      if (!(block instanceof HTMLElement) || block.matches(SKIP)) return false;
      return getComputedStyle(block).display !== 'none' && block.getBoundingClientRect().height > 0;
    });
}

/** Lines of `text` no wider than `width`: breaks after spaces, and in an address after / ? & #. */
function wrap(text: string, font: string, width: number, measure: Measurer): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.split(/(?<=[\s/?&#])/)) {
    if (line && measure.width(font, line + token) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** The page's background behind an element: its own, or the nearest ancestor's that has one. */
function background(element: Element | null): string {
  for (; element; element = element.parentElement) {
    const colour = getComputedStyle(element).backgroundColor;
    if (alpha(colour) > 0) return colour;
  }
  return '#fff';
}

export interface FigureSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * The figure (a <figure> holding a live figure) as SVG, at its width on the page (its height is
 * what remains without the controls): its parts stacked as shown, then `credit`: lines saying what it is and the address of this view.
 */
export function figureSvg(figure: HTMLElement, title: string, credit: readonly string[]): FigureSvg {
  const measure = measurer();
  const bounds = figure.getBoundingClientRect();
  const width = Math.round(bounds.width);
  const out: string[] = [];
  let y = PAD;
  for (const block of blocks(figure)) {
    const rect = block.getBoundingClientRect();
    draw(block, out, { dx: -bounds.left, dy: y - rect.top }, measure);
    y += rect.height + GAP;
  }
  const captionElement = figure.querySelector('figcaption') ?? figure;
  const caption = getComputedStyle(captionElement);
  const left = Math.max(0, captionElement.getBoundingClientRect().left - bounds.left);
  const font = `400 12px ${caption.fontFamily}`;
  const lineHeight = 16;
  for (const line of credit.flatMap((text) => wrap(text, font, width - 2 * left, measure))) {
    y += lineHeight;
    out.push(
      `<text x="${num(left)}" y="${y}" font-family="${escape(caption.fontFamily)}" font-size="12px" fill="${caption.color}">${escape(line)}</text>`,
    );
  }
  const height = Math.round(y + PAD);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escape(title)}</title><rect width="${width}" height="${height}" fill="${background(figure)}"/>${out.join('')}</svg>`;
  return { svg, width, height };
}

/** The SVG drawn at `scale` times its size, as PNG. */
export async function svgToPng({ svg, width, height }: FigureSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
