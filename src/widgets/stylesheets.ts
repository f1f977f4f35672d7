/**
 * The stylesheets of the figures a page shows, and only those: each shown figure's own (the CSS
 * beside it in its folder, if it has any), in the registry's order. The frame they all share
 * (shared/figure.css) is part of the site's stylesheet (src/styles/global.css). Chapters place
 * figures through src/widgets/index.ts, which imports every figure into every chapter page, so a
 * stylesheet imported by a figure's component would load on every chapter: these are imported as
 * addresses instead, one file per figure, and src/layouts/Base.astro links those its page shows.
 */
import { FIGURES } from './registry.ts';

const own = import.meta.glob<string>(['./*/*.css', '!./shared/*.css'], {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Each registered figure's stylesheet, by its custom element; a figure without CSS has none. */
export const FIGURE_STYLESHEETS: ReadonlyMap<string, string | undefined> = new Map(
  FIGURES.map(({ folder, tag }) => [tag, own[`./${folder}/${folder}.css`]]),
);

/** What the page whose body is `html` links: the stylesheet of each figure it shows. */
export function figureStylesheets(html: string): string[] {
  return FIGURES.filter(({ tag }) => new RegExp(`<${tag}[\\s>]`).test(html)).flatMap(
    ({ tag }) => FIGURE_STYLESHEETS.get(tag) ?? [],
  );
}
