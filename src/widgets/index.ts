/** Every figure a chapter may place, by the name the MDX uses: the registry's figures, each from its folder. */
import { FIGURES } from './registry.ts';

const components = import.meta.glob<{ default: unknown }>('./*/*.astro', { eager: true });

export const widgets = Object.fromEntries(
  FIGURES.map(({ component, folder }) => {
    const module = components[`./${folder}/${component}.astro`];
    if (!module)
      throw new Error(
        `Figure ${component}: the registry names it, but src/widgets/${folder}/${component}.astro is missing`,
      );
    return [component, module.default];
  }),
);
