/**
 * Markup that escapes by default, as Observable Framework's `html` does. A value put into a
 * `markup` template is written as text, escaped, unless it is markup made by `markup` itself; an
 * array is its items joined; false, null and undefined are nothing. So a view cannot forget to
 * escape a label, a prompt or a number from the address: to put a string in as markup it must
 * say `raw`, which is easy to find and kept to markup a view's own code has built.
 *
 * Not named `html`: Prettier formats templates tagged `html` as HTML documents, which would
 * change the figures' markup (spaces inside a caption, a prompt shown with white-space: pre-wrap).
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text or a quoted attribute. */
export function escape(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** Markup, and nothing else: the class is not exported, so only `markup` and `raw` make one. */
class Markup {
  readonly #markup: string;

  constructor(markup: string) {
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

export type { Markup };

export type Interpolation = string | number | Markup | false | null | undefined | readonly Interpolation[];

function textOf(value: Interpolation): string {
  if (value instanceof Markup) return value.toString();
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (value === false || value === null || value === undefined) return '';
  return escape(value as string | number);
}

export function markup(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Markup {
  let text = strings[0];
  for (let i = 0; i < values.length; i++) text += textOf(values[i]) + strings[i + 1];
  return new Markup(text);
}

/** A string the view's own code built as markup (a tag name, an SVG path), taken as it is. */
export function raw(text: string): Markup {
  return new Markup(text);
}

/** Nothing, as markup. */
export const EMPTY = raw('');
