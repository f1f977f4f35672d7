import { describe, expect, it } from 'vitest';
import { caseSlot, fill, shown, textSlot, valueSlot, widthSlot } from '../../src/widgets/shared/slots.ts';
import { markup } from '../../src/widgets/shared/markup.ts';

describe('figure slots', () => {
  it('fills text escaped, widths as style and raw values as data-value', () => {
    const template = markup`<p>${textSlot('a', 'strong')} ${widthSlot('w', markup` class="bar"`)}${valueSlot('raw/v')}</p>`;
    expect(String(fill(template, { a: '<b> & "q"', w: '12.50%', 'raw/v': '0.125' }))).toBe(
      '<p><strong data-slot="a">&lt;b&gt; &amp; &quot;q&quot;</strong> <span class="bar" data-slot-width="w" style="width:12.50%"></span><span hidden data-slot-value="raw/v" data-value="0.125"></span></p>',
    );
  });

  it('fills every place a slot appears', () => {
    expect(String(fill(markup`${textSlot('x')}/${textSlot('x')}`, { x: '1' }))).toBe(
      '<span data-slot="x">1</span>/<span data-slot="x">1</span>',
    );
  });

  it('shows one case of a choice and hides the others, around their content', () => {
    const cases = markup`<div class="case"${caseSlot('c/a')}><p>A</p></div><p${caseSlot('c/b')}></p>`;
    expect(String(fill(cases, { 'c/a': shown(true), 'c/b': shown(false) }))).toBe(
      '<div class="case" data-slot-shown="c/a"><p>A</p></div><p data-slot-shown="c/b" hidden></p>',
    );
    expect(String(fill(cases, { 'c/a': shown(false), 'c/b': shown(true) }))).toBe(
      '<div class="case" data-slot-shown="c/a" hidden><p>A</p></div><p data-slot-shown="c/b"></p>',
    );
  });

  it('refuses a text slot that is not empty', () => {
    expect(() => fill(markup`<span data-slot="a">old</span>`, { a: '1' })).toThrow(/"a" is not an empty element/);
  });

  it('refuses a slot with no value, and a value with no slot', () => {
    expect(() => fill(textSlot('missing'), {})).toThrow(/"missing" has no value/);
    expect(() => fill(textSlot('a'), { a: '1', stray: '2' })).toThrow(/no slot in the markup: stray/);
  });

  it('refuses ids that would need escaping, and a bar with a style of its own', () => {
    expect(() => textSlot('a"b')).toThrow(/may hold only/);
    expect(() => widthSlot('w', markup` style="color:red"`)).toThrow(/second style attribute/);
  });
});
