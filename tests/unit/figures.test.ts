/**
 * The figure registry (src/widgets/registry.ts) holds, and everything else agrees with it: each
 * figure's folder, element, chapter, anchor, model and sliders are what the registry says, and
 * no figure borrows another's styles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/widgets/registry.ts';
import { loadFigures } from '../figures.ts';
import { valueAt } from '../../src/widgets/shared/url-state.ts';

const figures = await loadFigures();
const WIDGETS = 'src/widgets';
const chapterFile = (slug: string) =>
  readdirSync('content/chapters').find((name) => name.replace(/^\d+-/, '') === `${slug}.mdx`);
const sources = (folder: string) =>
  readdirSync(`${WIDGETS}/${folder}`)
    .filter((name) => /\.(ts|astro)$/.test(name))
    .map((name) => readFileSync(`${WIDGETS}/${folder}/${name}`, 'utf8'));

describe('the figure registry', () => {
  it('lists every figure folder, and gives each figure its own element, anchor and address prefix', () => {
    const folders = readdirSync(WIDGETS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => entry.name);
    expect(FIGURES.map((f) => f.folder).sort()).toEqual(folders.sort());
    for (const key of ['tag', 'id', 'prefix'] as const)
      expect(new Set(FIGURES.map((f) => f[key])).size, key).toBe(FIGURES.length);
  });

  describe.each(figures)('$component', (figure) => {
    it('lives in its folder, under its own element and prefix', () => {
      expect(existsSync(`${WIDGETS}/${figure.folder}/${figure.component}.astro`)).toBe(true);
      expect(figure.form.name).toBe(figure.component);
      expect(figure.form.tag).toBe(figure.tag);
      expect(figure.form.prefix).toBe(figure.prefix);
    });

    it('is placed by its chapter under its anchor', () => {
      const file = chapterFile(figure.chapter);
      expect(file, `content/chapters/NN-${figure.chapter}.mdx`).toBeDefined();
      const placed = readFileSync(`content/chapters/${file}`, 'utf8').match(
        new RegExp(`<Figure id="${figure.id}">([\\s\\S]*?)</Figure>`),
      );
      expect(placed?.[1]).toContain(`<${figure.component} />`);
    });

    it('runs the model the registry names', () => {
      expect(existsSync(`src/models/${figure.model}.ts`)).toBe(true);
      expect(sources(figure.folder).some((source) => source.includes(`'../../models/${figure.model}.ts'`))).toBe(true);
    });

    it('has the slider the bench drags and the browser tests move, or, without one, a choice they use instead', () => {
      if (figure.slider) expect(figure.form.slider(figure.slider)).toBeDefined();
      else {
        expect(figure.form.sliderFields).toEqual([]);
        expect([...figure.form.byName.values()].some(({ field }) => 'choices' in field)).toBe(true);
      }
    });

    it('imports only its own styles and the shared ones', () => {
      for (const source of sources(figure.folder)) {
        for (const [, path] of source.matchAll(/import\s+'([^']+\.css)'/g))
          expect(path).toMatch(/^\.\/[\w-]+\.css$|^\.\.\/shared\//);
      }
      const classes = (folder: string) =>
        readdirSync(`${WIDGETS}/${folder}`)
          .filter((name) => name.endsWith('.css'))
          .flatMap((name) =>
            [...readFileSync(`${WIDGETS}/${folder}/${name}`, 'utf8').matchAll(/\.([a-z][\w-]*)/g)].map(([, c]) => c),
          );
      const mine = new Set([...classes(figure.folder), ...classes('shared')]);
      const foreign = new Set(
        FIGURES.filter((other) => other.folder !== figure.folder)
          .flatMap((other) => classes(other.folder))
          .filter((c) => !mine.has(c)),
      );
      const used = sources(figure.folder).flatMap((source) =>
        [...source.matchAll(/class="([^"$]*)"/g)].flatMap(([, list]) => list.split(/\s+/)),
      );
      expect(used.filter((c) => foreign.has(c))).toEqual([]);
    });
  });
});

describe('figure sliders', () => {
  describe.each(
    figures.flatMap((figure) =>
      figure.form.sliderFields.map((slider) => ({ ...slider, label: `${figure.component} ${slider.name}`, figure })),
    ),
  )('$label', ({ field, scale, figure, name }) => {
    const values = Array.from({ length: scale.steps + 1 }, (_, position) => scale.toValue(position));

    it('moves its value from one end of the field to the other, never back', () => {
      expect(values[0]).toBe(field.min);
      expect(values.at(-1)).toBe(field.max);
      values.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(values[i]));
    });

    it('gives values its field accepts, and finds each one again at its position', () => {
      values.forEach((value, position) => {
        expect(field.parse(String(value))).toBe(value);
        expect(scale.toValue(scale.toPosition(value))).toBe(values[position]);
      });
    });

    it('starts at a position, so the default survives a step away and back', () => {
      const initial = valueAt(figure.form.defaults, [name]);
      expect(scale.toValue(scale.toPosition(initial as number))).toBe(initial);
    });
  });
});
