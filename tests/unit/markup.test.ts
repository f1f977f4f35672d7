import { describe, expect, it } from 'vitest';
import { escape, markup, raw } from '../../src/widgets/shared/markup.ts';

describe('markup that escapes by default', () => {
  const hostile = '<img src=x onerror="alert(1)">';

  it('escapes every interpolated string and number, in text and in attributes', () => {
    expect(String(markup`<p title="${hostile}">${hostile} ${'&'} ${42}</p>`)).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; 42</p>',
    );
    expect(escape("it's")).toBe('it&#39;s');
  });

  it('keeps markup made by markup as it is, and joins arrays', () => {
    const items = ['a', '<b>'].map((item) => markup`<li>${item}</li>`);
    expect(String(markup`<ul>${items}</ul>`)).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
    expect(String(markup`${[['x', ['y']], 'z']}`)).toBe('xyz');
  });

  it('writes nothing for false, null and undefined, so a condition can guard a piece', () => {
    const on = false;
    expect(String(markup`<input${on && markup` checked`}>${null}${undefined}`)).toBe('<input>');
  });

  it('takes a string as markup only through raw', () => {
    expect(String(markup`${raw('<svg/>')}`)).toBe('<svg/>');
    // A string that looks like markup is still text: only markup and raw make markup.
    expect(String(markup`${String(markup`<b>`)}`)).toBe('&lt;b&gt;');
  });

  it('does not compile a value it cannot write: a bare true, an object', () => {
    // @ts-expect-error: true is not writable markup (use a condition with && or ?:).
    expect(String(markup`${true}`)).toBe('true');
    // @ts-expect-error: an object is not markup.
    expect(String(markup`${{ a: 1 }}`)).toBe('[object Object]');
  });
});
