/**
 * Presenter mode's pure logic, with no DOM: how a chapter becomes a sequence of scenes, which
 * scene the address names, and what a key does. The page side (present.ts) reads the chapter's
 * blocks off the page and hands them here; the unit tests drive these functions directly.
 *
 * A scene is authored in the chapter's MDX with <Scene> (src/components/Scene.astro), which
 * leaves a hidden marker in the page: a passage (the blocks after the marker, up to the next
 * marker, heading or figure), or a figure, optionally at a stated setting. A chapter with no
 * markers still presents: its title, then each section's heading with its first block, then
 * each figure where it stands.
 */

/** What a <Scene> marker says, as the page carries it. */
export interface SceneMarker {
  title?: string;
  /** The figure's anchor (without "#"): the scene shows that figure alone. */
  figure?: string;
  /** An address query for the figure ("em-n=100&em-data=correct"). */
  set?: string;
  notes?: string;
  /** Where the passage is in the talk's narration, "MM:SS" or "H:MM:SS", only where a source gives it. */
  talk?: string;
  /** How many blocks a passage takes at most. */
  blocks?: number;
}

/** One child of the chapter's <main>, as scenes see it. */
export type Block =
  | { kind: 'header' }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'marker'; marker: SceneMarker }
  | { kind: 'figure'; id: string; label: string }
  | { kind: 'text' }
  /** What follows the chapter's body (citing it, the bibliography, the chapter links): never presented. */
  | { kind: 'end' };

export interface Scene {
  kind: 'title' | 'passage' | 'figure';
  title: string;
  /** Indexes into the blocks: what the scene shows. */
  blocks: number[];
  figure?: string;
  set?: string;
  notes?: string;
  /** The passage's own time in the narration, where its <Scene> gives one. */
  talk?: string;
}

export interface ChapterInfo {
  title: string;
}

/** What the speaker view says of where a scene is in the talk: its own time, else the chapter's span. */
export function talkLine(scene: Scene, chapterSpan: string | undefined): string {
  if (scene.talk) return `In the talk: at ${scene.talk}`;
  if (chapterSpan) return `In the talk: this chapter, ${chapterSpan}`;
  return 'In the talk: no source gives a time for this chapter';
}

const bodyEnd = (blocks: readonly Block[]) => {
  const end = blocks.findIndex((block) => block.kind === 'end');
  return end < 0 ? blocks.length : end;
};

function titleScene(blocks: readonly Block[], chapter: ChapterInfo): Scene {
  const header = blocks.findIndex((block) => block.kind === 'header');
  return { kind: 'title', title: chapter.title, blocks: header < 0 ? [] : [header] };
}

/** The heading a block sits under (the nearest before it), or undefined. */
function headingBefore(blocks: readonly Block[], index: number): string | undefined {
  for (let i = index; i >= 0; i--) {
    const block = blocks[i];
    if (block?.kind === 'heading') return block.text;
  }
  return undefined;
}

function passage(blocks: readonly Block[], from: number, end: number, max = Infinity): number[] {
  const taken: number[] = [];
  for (let i = from; i < end && taken.length < max; i++) {
    const kind = blocks[i]!.kind;
    if (kind === 'marker' || kind === 'figure' || kind === 'header') break;
    // A heading may open a passage, never end up inside one.
    if (kind === 'heading' && taken.length > 0) break;
    taken.push(i);
  }
  return taken;
}

function authored(blocks: readonly Block[], chapter: ChapterInfo, end: number): Scene[] {
  const scenes: Scene[] = [titleScene(blocks, chapter)];
  const figures = new Map<string, number>();
  blocks.forEach((block, i) => block.kind === 'figure' && figures.set(block.id, i));
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'marker') continue;
    const { marker } = block;
    const common = { notes: marker.notes, talk: marker.talk };
    if (marker.figure !== undefined) {
      const at = figures.get(marker.figure);
      const figure = at === undefined ? undefined : blocks[at];
      if (figure?.kind !== 'figure') continue;
      scenes.push({
        kind: 'figure',
        title: marker.title ?? figure.label,
        blocks: [at!],
        figure: marker.figure,
        set: marker.set,
        ...common,
      });
      continue;
    }
    const shown = passage(blocks, i + 1, end, marker.blocks);
    if (shown.length === 0) continue;
    const first = blocks[shown[0]!]!;
    const title = marker.title ?? (first.kind === 'heading' ? first.text : headingBefore(blocks, i)) ?? chapter.title;
    scenes.push({ kind: 'passage', title, blocks: shown, ...common });
  }
  return scenes;
}

function derived(blocks: readonly Block[], chapter: ChapterInfo, end: number): Scene[] {
  const scenes: Scene[] = [titleScene(blocks, chapter)];
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading' && block.level === 2)
      scenes.push({ kind: 'passage', title: block.text, blocks: passage(blocks, i, end, 2) });
    if (block.kind === 'figure') scenes.push({ kind: 'figure', title: block.label, blocks: [i], figure: block.id });
  }
  return scenes;
}

/** The chapter's scenes: the title first, then the authored ones, or, with none, derived ones. */
export function scenesOf(blocks: readonly Block[], chapter: ChapterInfo): Scene[] {
  const end = bodyEnd(blocks);
  const hasMarkers = blocks.slice(0, end).some((block) => block.kind === 'marker');
  return hasMarkers ? authored(blocks, chapter, end) : derived(blocks, chapter, end);
}

/** Reads a marker's data attributes (all strings) into a marker, ignoring what is empty or malformed. */
export function markerOf(data: Readonly<Record<string, string | undefined>>): SceneMarker {
  const marker: SceneMarker = {};
  for (const key of ['title', 'figure', 'set', 'notes', 'talk'] as const) {
    const value = data[key]?.trim();
    if (value) marker[key] = value;
  }
  const blocks = Number(data.blocks);
  if (Number.isInteger(blocks) && blocks > 0) marker.blocks = blocks;
  return marker;
}

// The address: `scene` is not a figure's parameter (they all carry a prefix: em-, ip-, ...) nor an anchor.
export const SCENE_PARAM = 'scene';
export const SPEAKER_PARAM = 'speaker';

/** The scene the address names, 0-based, within [0, count); null when it names none. */
export function sceneFromSearch(search: string, count: number): number | null {
  const raw = new URLSearchParams(search).get(SCENE_PARAM);
  if (raw === null || count <= 0) return null;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) return 0;
  return clampScene(n - 1, count);
}

/** The address query naming scene `index` (0-based; shown 1-based), every other parameter kept; null drops it. */
export function withScene(search: string, index: number | null): string {
  const params = new URLSearchParams(search);
  if (index === null) params.delete(SCENE_PARAM);
  else params.set(SCENE_PARAM, String(index + 1));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const clampScene = (index: number, count: number) => Math.min(Math.max(index, 0), Math.max(count - 1, 0));

export const isSpeaker = (search: string) => new URLSearchParams(search).has(SPEAKER_PARAM);

export type Action =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; scene: number }
  | { type: 'fullscreen' }
  | { type: 'black' }
  | { type: 'speaker' }
  | { type: 'overview' };

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** What a key does, given what "G" has gathered so far (null when no "G" is pending). */
export function keyAction(
  press: KeyPress,
  pending: string | null,
): { action: Action | null; pending: string | null; handled: boolean } {
  const { key } = press;
  // The browser's shortcuts, and Alt+P (which the chapter page's own script handles: it enters and leaves).
  if (press.ctrlKey || press.metaKey || press.altKey) return { action: null, pending: null, handled: false };
  if (pending !== null) {
    if (/^[0-9]$/.test(key)) return { action: null, pending: (pending + key).slice(0, 4), handled: true };
    if (key === 'Backspace') return { action: null, pending: pending.slice(0, -1), handled: true };
    if (key === 'Enter')
      return pending
        ? { action: { type: 'go', scene: Number(pending) - 1 }, pending: null, handled: true }
        : { action: null, pending: null, handled: true };
    if (key === 'Escape') return { action: null, pending: null, handled: true };
  }
  const action = ((): Action | null => {
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
      case 'n':
      case 'N':
        return { type: 'next' };
      case ' ':
        return { type: press.shiftKey ? 'previous' : 'next' };
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
      case 'p':
      case 'P':
        return { type: 'previous' };
      case 'Home':
        return { type: 'first' };
      case 'End':
        return { type: 'last' };
      case 'f':
      case 'F':
        return { type: 'fullscreen' };
      case 'b':
      case 'B':
      case '.':
        return { type: 'black' };
      case 's':
      case 'S':
        return { type: 'speaker' };
      case 'o':
      case 'O':
      case 'Escape':
        return { type: 'overview' };
      default:
        return null;
    }
  })();
  if (key === 'g' || key === 'G') return { action: null, pending: '', handled: true };
  return { action, pending: null, handled: action !== null };
}

/** Whether a key pressed with focus on `target` belongs to the control rather than to presenter mode. */
export function keyBelongsToControl(key: string, target: { tag: string; type?: string; editable?: boolean }): boolean {
  const tag = target.tag.toLowerCase();
  // Text fields, number fields, sliders, radios and checkboxes all use arrows, and most use
  // letters too: while one has focus every key is its own, except Escape (which leaves it).
  if (tag === 'input' || tag === 'select' || tag === 'textarea' || target.editable) return key !== 'Escape';
  // A button, link or summary takes Space and Enter as a click.
  if (tag === 'button' || tag === 'a' || tag === 'summary') return key === ' ' || key === 'Enter';
  return false;
}

/** "4:05" for 245 seconds, "1:02:03" past the hour. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
