/**
 * Markup that escapes by default, as Observable Framework's `html` does. A value put into an
 * `html` template is written as text, escaped, unless it is markup made by `html` itself; an
 * array is its items joined; false, null and undefined are nothing. So a view cannot forget to
 * escape a label, a prompt or a number from the address: to put a string in as markup it must
 * say `raw`, which is easy to find and kept to markup a view's own code has built.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text or a quoted attribute. */
export function escape(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** Markup, and nothing else: the class is not exported, so only `html` and `raw` make one. */
class Html {
  readonly #markup: string;

  constructor(markup: string) {
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

export type { Html };

export type Interpolation = string | number | Html | false | null | undefined | readonly Interpolation[];

function markupOf(value: Interpolation): string {
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(markupOf).join('');
  if (value === false || value === null || value === undefined) return '';
  return escape(value as string | number);
}

export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
  let markup = strings[0];
  for (let i = 0; i < values.length; i++) markup += markupOf(values[i]) + strings[i + 1];
  return new Html(markup);
}

/** A string the view's own code built as markup (a tag name, an SVG path), taken as it is. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Nothing, as markup. */
export const EMPTY = raw('');
