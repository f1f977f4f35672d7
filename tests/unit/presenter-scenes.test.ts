import { describe, expect, it } from 'vitest';
import {
  clock,
  keyAction,
  keyBelongsToControl,
  markerOf,
  sceneFromSearch,
  scenesOf,
  talkLine,
  withScene,
  type Block,
} from '../../src/presenter/scenes.ts';

const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
const p: Block = { kind: 'text' };
const end: Block = { kind: 'end' };
const chapter = { title: 'Emergent misalignment' };

describe('scenes of a chapter', () => {
  it('derives the title, each section (its heading and first block) and each figure when none are authored', () => {
    const blocks: Block[] = [
      { kind: 'header' },
      h2('One'),
      p,
      p,
      { kind: 'figure', id: 'figure-em', label: 'Figure 3.2' },
      h2('Two'),
      p,
      end,
      h2('References'),
    ];
    expect(scenesOf(blocks, chapter)).toEqual([
      { kind: 'title', title: 'Emergent misalignment', blocks: [0] },
      { kind: 'passage', title: 'One', blocks: [1, 2] },
      { kind: 'figure', title: 'Figure 3.2', blocks: [4], figure: 'figure-em' },
      { kind: 'passage', title: 'Two', blocks: [5, 6] },
    ]);
  });

  it('takes only the authored scenes when a chapter has any, in their order', () => {
    const blocks: Block[] = [
      { kind: 'header' },
      { kind: 'marker', marker: { notes: 'Say this.', talk: '16:58' } },
      h2('One'),
      p,
      p,
      h2('Two'),
      p,
      { kind: 'marker', marker: { figure: 'figure-em', set: 'em-n=100', title: 'At 100' } },
      { kind: 'figure', id: 'figure-em', label: 'Figure 3.2' },
      { kind: 'marker', marker: { blocks: 1 } },
      p,
      p,
    ];
    expect(scenesOf(blocks, chapter)).toEqual([
      { kind: 'title', title: 'Emergent misalignment', blocks: [0] },
      { kind: 'passage', title: 'One', blocks: [2, 3, 4], notes: 'Say this.', talk: '16:58' },
      {
        kind: 'figure',
        title: 'At 100',
        blocks: [8],
        figure: 'figure-em',
        set: 'em-n=100',
        notes: undefined,
        talk: undefined,
      },
      // `blocks` caps the passage; its title is the heading it sits under.
      { kind: 'passage', title: 'Two', blocks: [10], notes: undefined, talk: undefined },
    ]);
  });

  it('names a figure scene by the figure, and skips a marker for a figure that is not on the page', () => {
    const blocks: Block[] = [
      { kind: 'header' },
      { kind: 'marker', marker: { figure: 'figure-gone' } },
      { kind: 'marker', marker: { figure: 'figure-em' } },
      { kind: 'figure', id: 'figure-em', label: 'Figure 3.2' },
    ];
    expect(scenesOf(blocks, chapter).map((s) => s.title)).toEqual(['Emergent misalignment', 'Figure 3.2']);
  });

  it('reads a marker from its data attributes, dropping what is empty or malformed', () => {
    expect(markerOf({ title: ' A ', figure: '', set: 'em-n=100', notes: 'N', talk: '17:05', blocks: '2' })).toEqual({
      title: 'A',
      set: 'em-n=100',
      notes: 'N',
      talk: '17:05',
      blocks: 2,
    });
    expect(markerOf({ blocks: 'two' })).toEqual({});
    expect(markerOf({ blocks: '0' })).toEqual({});
  });

  it('says where a scene is in the talk without inventing a time', () => {
    const scene = { kind: 'passage' as const, title: 'x', blocks: [] };
    expect(talkLine({ ...scene, talk: '16:58' }, '16:25–22:48')).toBe('In the talk: at 16:58');
    expect(talkLine(scene, '16:25–22:48')).toBe('In the talk: this chapter, 16:25–22:48');
    expect(talkLine(scene, undefined)).toMatch(/no source gives a time/);
  });
});

describe('the address', () => {
  it('names the scene 1-based, clamped to the chapter, beside the figures’ own parameters', () => {
    expect(sceneFromSearch('?scene=4', 10)).toBe(3);
    expect(sceneFromSearch('?em-n=100&scene=40', 10)).toBe(9);
    expect(sceneFromSearch('?scene=0', 10)).toBe(0);
    expect(sceneFromSearch('?scene=x', 10)).toBe(0);
    expect(sceneFromSearch('?em-n=100', 10)).toBeNull();
    expect(withScene('?em-n=100', 3)).toBe('?em-n=100&scene=4');
    expect(withScene('?em-n=100&scene=4', 0)).toBe('?em-n=100&scene=1');
    expect(withScene('?scene=4', null)).toBe('');
    expect(withScene('?scene=4&em-n=5', null)).toBe('?em-n=5');
  });
});

describe('keys', () => {
  const press = (key: string, extra = {}) => keyAction({ key, ...extra }, null).action?.type ?? null;

  it('steps as clickers, reveal.js and PowerPoint do', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N', ' ']) expect(press(key)).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(press(key)).toBe('previous');
    expect(press(' ', { shiftKey: true })).toBe('previous');
    expect(press('Home')).toBe('first');
    expect(press('End')).toBe('last');
    expect(press('f')).toBe('fullscreen');
    expect(press('b')).toBe('black');
    expect(press('.')).toBe('black');
    expect(press('s')).toBe('speaker');
    expect(press('o')).toBe('overview');
    expect(press('Escape')).toBe('overview');
    expect(press('x')).toBeNull();
    // The browser's own shortcuts pass through.
    expect(press('n', { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', { metaKey: true })).toBeNull();
    // Alt+P is the chapter page's: it enters and leaves presenter mode.
    expect(press('p', { altKey: true })).toBeNull();
  });

  it('goes to a scene by G, its number and Enter', () => {
    let state = keyAction({ key: 'g' }, null);
    expect(state).toEqual({ action: null, pending: '', handled: true });
    state = keyAction({ key: '1' }, state.pending);
    state = keyAction({ key: '2' }, state.pending);
    state = keyAction({ key: 'Backspace' }, state.pending);
    expect(state.pending).toBe('1');
    state = keyAction({ key: '4' }, state.pending);
    expect(keyAction({ key: 'Enter' }, state.pending)).toEqual({
      action: { type: 'go', scene: 13 },
      pending: null,
      handled: true,
    });
    expect(keyAction({ key: 'Escape' }, '4')).toEqual({ action: null, pending: null, handled: true });
    // Another key ends the number and does what it does.
    expect(keyAction({ key: 'ArrowRight' }, '4').action).toEqual({ type: 'next' });
  });

  it('leaves every key but Escape to a form control, and Space and Enter to a button', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageUp', ' ', 'n', 'b'])
      expect(keyBelongsToControl(key, { tag: 'INPUT', type: 'range' })).toBe(true);
    expect(keyBelongsToControl('Escape', { tag: 'INPUT' })).toBe(false);
    expect(keyBelongsToControl('ArrowRight', { tag: 'DIV', editable: true })).toBe(true);
    expect(keyBelongsToControl(' ', { tag: 'BUTTON' })).toBe(true);
    expect(keyBelongsToControl('Enter', { tag: 'SUMMARY' })).toBe(true);
    expect(keyBelongsToControl('ArrowRight', { tag: 'BUTTON' })).toBe(false);
    expect(keyBelongsToControl('ArrowRight', { tag: 'MAIN' })).toBe(false);
  });
});

describe('the clock', () => {
  it('reads minutes and seconds, and hours past the hour', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(245.9)).toBe('4:05');
    expect(clock(3723)).toBe('1:02:03');
    expect(clock(-5)).toBe('0:00');
  });
});
