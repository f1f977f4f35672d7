/**
 * The numbers in a figure, kept apart from its markup. A view's markup holds empty, named slots;
 * its values fill them: as text at build time (`fill`), and in the browser by writing each
 * changed value into its element, so a slider drag parses no markup at all. Replacing even a
 * five-row table body measured about 2 ms at 4x CPU slowdown, and patching a chart's dot
 * through a parsed SVG fragment about 1 ms; writing their numbers costs a small part of that.
 */
import { EMPTY, markup, raw, type Markup } from './markup.ts';

/** Slot id to value, as the slot's kind reads it (see KINDS). */
export type Slots = Record<string, string>;

const SHOWN = 'shown';

/** A kind of slot: its attribute, and how the browser writes a value into its element. */
interface Kind {
  attribute: string;
  apply(element: Element, value: string): void;
}

const KINDS: readonly Kind[] = [
  {
    // The element's text.
    attribute: 'data-slot',
    apply(element, value) {
      // Rewriting the text node keeps the element's child; textContent would replace it.
      const only = element.firstChild;
      if (only && only === element.lastChild && only.nodeType === Node.TEXT_NODE) (only as Text).data = value;
      else element.textContent = value;
    },
  },
  {
    // A bar's width, a CSS length.
    attribute: 'data-slot-width',
    apply: (element, value) => {
      (element as HTMLElement).style.width = value;
    },
  },
  {
    // An exact number in data-value, for readers of exact numbers (tests, tools); or a state the
    // figure's stylesheet reads, on an SVG shape (see valueAttribute).
    attribute: 'data-slot-value',
    apply: (element, value) => element.setAttribute('data-value', value),
  },
  {
    // A point in an SVG chart, "x y": a circle's centre.
    attribute: 'data-slot-point',
    apply(element, value) {
      const [x, y] = value.split(' ');
      element.setAttribute('cx', x);
      element.setAttribute('cy', y);
    },
  },
  {
    // One case of a choice, drawn once: shown while the value is "shown", else hidden. The only
    // kind whose element may have content (it is the content a choice shows or hides).
    attribute: 'data-slot-shown',
    apply: (element, value) => element.toggleAttribute('hidden', value !== SHOWN),
  },
];
const [TEXT, WIDTH, VALUE, POINT, CASE] = KINDS;

/**
 * What `fill` writes for a value of each kind (by its attribute), as the browser's `apply`
 * would leave the element: its text, or attributes. Apart from KINDS, so that the browser's
 * bundle, which never fills a template, leaves it out.
 */
const WRITTEN: Record<string, (value: string) => { text?: Markup; attributes?: Markup }> = {
  'data-slot': (value) => ({ text: markup`${value}` }),
  'data-slot-width': (value) => ({ attributes: markup`style="width:${value}"` }),
  'data-slot-value': (value) => ({ attributes: markup`data-value="${value}"` }),
  'data-slot-point': (value) => {
    const [x, y] = value.split(' ');
    return { attributes: markup`cx="${x}" cy="${y}"` };
  },
  'data-slot-shown': (value) => (value === SHOWN ? {} : { attributes: markup`hidden` }),
};

/** Selects every slot element, whatever its kind. */
export const SLOT_SELECTOR = KINDS.map((kind) => `[${kind.attribute}]`).join(',');

// Ids are the figure's own names, never a reader's input; holding them to this lets `fill` find
// them with one expression.
function checked(id: string): string {
  if (!/^[\w/-]+$/.test(id)) throw new Error(`Figure slot id "${id}" may hold only letters, digits, _, - and /`);
  return id;
}

/** The elements a text slot may be. */
export type SlotTag = 'span' | 'strong' | 'p' | 'li' | 'td';

/** An empty element whose text is the slot's value. */
export function textSlot(id: string, tag: SlotTag = 'span', attributes: Markup = EMPTY): Markup {
  return markup`<${raw(tag)}${attributes} ${raw(TEXT.attribute)}="${checked(id)}"></${raw(tag)}>`;
}

/** An empty bar whose width is the slot's value (its style is the width: colour it by class). */
export function widthSlot(id: string, attributes: Markup = EMPTY): Markup {
  if (String(attributes).includes('style='))
    throw new Error(`Width slot "${id}" has a style of its own; the width would be a second style attribute`);
  return markup`<span${attributes} ${raw(WIDTH.attribute)}="${checked(id)}"></span>`;
}

/** A hidden element carrying the slot's exact value in data-value. */
export function valueSlot(id: string): Markup {
  return markup`<span hidden ${raw(VALUE.attribute)}="${checked(id)}"></span>`;
}

/**
 * A value slot as an attribute, for an empty element of the view's own, last in its tag: an SVG
 * shape whose data-value the stylesheet reads (SVG has no `hidden`, so a case cannot be one).
 */
export function valueAttribute(id: string): Markup {
  return markup` ${raw(VALUE.attribute)}="${checked(id)}"`;
}

/** A circle in an SVG chart whose centre is the slot's value (see `point`). */
export function pointSlot(id: string, attributes: Markup = EMPTY): Markup {
  return markup`<circle${attributes} ${raw(POINT.attribute)}="${checked(id)}"></circle>`;
}

/**
 * The attribute that makes an HTML element one case of a choice (see `shown`), last in its tag:
 * `<div class="case"${caseSlot(id)}>…</div>`. A choice among a few cases drawn once then
 * toggles `hidden` where markup would be parsed. Not for SVG, which has no `hidden`: see
 * valueAttribute.
 */
export function caseSlot(id: string): Markup {
  return markup` ${raw(CASE.attribute)}="${checked(id)}"`;
}

/** A case slot's value: whether its element shows. */
export const shown = (yes: boolean) => (yes ? SHOWN : 'hidden');

export const width = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;
export const point = (x: number, y: number) => `${x.toFixed(1)} ${y.toFixed(1)}`;

// A slot attribute, last in its tag, then the tag's end and, for an empty element, its end tag.
const SLOT = /* @__PURE__ */ new RegExp(`(${KINDS.map((kind) => kind.attribute).join('|')})="([\\w/-]+)">(</)?`, 'g');

/**
 * The build's way to fill slots. Every slot must have a value and every value a slot: a slip in
 * either direction is a figure showing an empty cell or silently dropping a number. A figure's
 * compact headline repeats a few of its numbers, so it passes `every = false`.
 */
export function fill(template: Markup, slots: Slots, every = true): Markup {
  const used = new Set<string>();
  const filled = String(template).replace(SLOT, (_, attribute: string, id: string, end?: string) => {
    const value = slots[id];
    if (value === undefined) throw new Error(`Figure slot "${id}" has no value`);
    if (!end && attribute !== CASE.attribute) throw new Error(`Figure slot "${id}" is not an empty element`);
    used.add(id);
    const { text, attributes } = WRITTEN[attribute](value);
    return String(markup`${raw(attribute)}="${id}"${attributes && markup` ${attributes}`}>${text}${end && raw(end)}`);
  });
  const unused = Object.keys(slots).filter((id) => !used.has(id));
  if (every && unused.length) throw new Error(`Figure values with no slot in the markup: ${unused.join(', ')}`);
  // Markup the view built, with each value escaped into its slot.
  return raw(filled);
}

/** The browser's way: the figure's slot elements by id, each with how to write its value. */
export function slotElements(root: Element): Map<string, { element: Element; kind: Kind }[]> {
  const found = new Map<string, { element: Element; kind: Kind }[]>();
  for (const element of root.querySelectorAll(SLOT_SELECTOR)) {
    for (const kind of KINDS) {
      const id = element.getAttribute(kind.attribute);
      if (id === null) continue;
      found.set(id, [...(found.get(id) ?? []), { element, kind }]);
    }
  }
  return found;
}
