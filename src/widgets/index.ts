/** Every figure a chapter may place, by the name the MDX uses. */
import Figure3 from './figure3/Figure3.astro';
import Inoculation from './inoculation/Inoculation.astro';
import Traits from './traits/Traits.astro';
import Pangolin from './pangolin/Pangolin.astro';
import TypeHints from './typehints/TypeHints.astro';

export const widgets = { Figure3, Inoculation, Traits, Pangolin, TypeHints };
