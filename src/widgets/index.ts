/** Every figure a chapter may place, by the name the MDX uses. */
import Figure3 from './figure3/Figure3.astro';

export const widgets = { Figure3 };
