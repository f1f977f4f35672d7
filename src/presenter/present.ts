/**
 * Presenter mode, loaded only when asked for: the chapter page's small inline script imports this
 * module on the "Present" button, on Alt+P, or when the address names a scene, and then sends a
 * psm:present event (the module is built standalone and keeps no exports: see PageScript.astro).
 *
 * The chapter stays where it is: presenter mode marks the blocks of the current scene
 * (data-scene-shown) and presenter.css hides the rest, so a figure keeps its element and state.
 * A speaker window (the same page with `speaker` in its address, opened by S) shows the scene
 * beside its notes, the talk's time, the next scene and a clock. The windows keep in step over a
 * BroadcastChannel: the scene, and each figure's state through the figures' public surface
 * (`query`, `show`, and the `figure-change` event).
 */
import {
  clampScene,
  clock,
  isSpeaker,
  keyAction,
  keyBelongsToControl,
  markerOf,
  sceneFromSearch,
  scenesOf,
  talkLine,
  withScene,
  SPEAKER_PARAM,
  type Action,
  type Block,
  type Scene,
} from './scenes.ts';
import type { FigureChange, LiveFigureElement } from '../widgets/shared/figure-element.ts';

type Message =
  | { type: 'scene'; index: number }
  | { type: 'figure'; id: string; query: string }
  | { type: 'hello' }
  | { type: 'state'; index: number; figures: Record<string, string> };

const MIN_PX = 24;

const html = document.documentElement;

function blockOf(element: Element): Block {
  if (element.matches('.chapter-header')) return { kind: 'header' };
  if (element.matches('[data-scene]')) return { kind: 'marker', marker: markerOf((element as HTMLElement).dataset) };
  if (element.matches('h2, h3, h4')) return { kind: 'heading', level: Number(element.tagName[1]), text: text(element) };
  if (element.matches('figure.figure'))
    return { kind: 'figure', id: element.id, label: text(element.querySelector('.figure-label')).replace(/\.$/, '') };
  if (element.matches('.cite-this, .chapter-nav, .bibliography-wrap')) return { kind: 'end' };
  return { kind: 'text' };
}

/** Whether the address already holds parameters of the figure that `set` is for (they share its prefix, "em-"). */
function addressHolds(set: string): boolean {
  const prefixes = [...new URLSearchParams(set).keys()].map((key) => key.slice(0, key.indexOf('-') + 1));
  return [...new URLSearchParams(location.search).keys()].some((key) =>
    prefixes.some((prefix) => key.startsWith(prefix)),
  );
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const figureIn = (container: Element | null | undefined) =>
  container?.querySelector<LiveFigureElement>('.live-figure') ?? null;

/** Calls `use` with the figure element once its script has defined it (it waits to be near the viewport). */
function whenLive(element: LiveFigureElement, use: (figure: LiveFigureElement) => void) {
  if (typeof element.show === 'function') use(element);
  else void customElements.whenDefined(element.localName).then(() => use(element));
}

function button(label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button';
  b.textContent = label;
  for (const [name, value] of Object.entries(attributes)) b.setAttribute(name, value);
  b.addEventListener('click', onClick);
  return b;
}

class Presenter {
  private active = false;
  private index = 0;
  private scenes: Scene[] = [];
  private chapterSpan: string | undefined;
  private elements: Element[] = [];
  private pending: string | null = null;
  private readonly speaker = isSpeaker(location.search);
  private readonly channel = new BroadcastChannel(`psm-present:${location.pathname}`);
  /** The query each figure was last given from the other window: its echo is not sent back. */
  private readonly applied = new Map<string, string>();
  private ui: HTMLElement | null = null;
  private started = Date.now();
  private timer = 0;
  private readonly main = document.getElementById('main')!;
  /** Refits the scene when what it shows changes size: a figure starting, or a figure's new state. */
  private readonly resized = new ResizeObserver(() => {
    cancelAnimationFrame(this.refit);
    this.refit = requestAnimationFrame(() => this.active && this.fit());
  });
  private refit = 0;

  constructor() {
    this.channel.onmessage = (event: MessageEvent<Message>) => this.receive(event.data);
    document.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('figure-change', (event) => this.onFigureChange(event as FigureChange));
    addEventListener('resize', () => this.active && this.fit());
  }

  toggle() {
    if (this.active) this.exit();
    else this.enter();
  }

  private enter() {
    this.elements = [...this.main.children];
    const header = this.main.querySelector<HTMLElement>('.chapter-header');
    this.scenes = scenesOf(this.elements.map(blockOf), { title: text(header?.querySelector('h1') ?? null) });
    this.chapterSpan = header?.dataset.talk;
    this.active = true;
    html.classList.add('presenting');
    html.classList.toggle('speaking', this.speaker);
    this.ui = this.buildUi();
    document.body.append(this.ui);
    this.main.tabIndex = -1;
    this.started = Date.now();
    if (this.speaker) this.timer = window.setInterval(() => this.tick(), 1000);
    this.go(sceneFromSearch(location.search, this.scenes.length) ?? 0, false, false);
    this.main.focus({ preventScroll: true });
    this.send({ type: 'hello' });
  }

  private exit() {
    this.active = false;
    html.classList.remove('presenting', 'speaking');
    this.resized.disconnect();
    html.style.removeProperty('font-size');
    for (const element of this.main.querySelectorAll('[data-scene-shown]')) element.removeAttribute('data-scene-shown');
    this.ui?.remove();
    this.ui = null;
    clearInterval(this.timer);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    const params = new URLSearchParams(withScene(location.search, null));
    params.delete(SPEAKER_PARAM);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.main.removeAttribute('tabindex');
    // Back in the chapter where the presentation stopped, or at its title.
    const shown = this.scenes[this.index]?.blocks[0];
    const at = shown === undefined || this.index === 0 ? undefined : this.elements[shown];
    if (at) at.scrollIntoView({ block: 'start' });
    else document.querySelector<HTMLElement>('[data-present]')?.focus();
  }

  /**
   * Shows scene `index`; `tell` sends it to the other window (not when it came from there). A
   * figure scene puts its figure at the stated setting, except on arrival (a reload, a shared
   * link) where the address already holds that figure's state.
   */
  private go(index: number, tell = true, arriving = false) {
    this.index = clampScene(index, this.scenes.length);
    const scene = this.scenes[this.index]!;
    for (const element of this.main.querySelectorAll('[data-scene-shown]')) element.removeAttribute('data-scene-shown');
    this.resized.disconnect();
    for (const b of scene.blocks) {
      const element = this.elements[b];
      if (!element) continue;
      element.setAttribute('data-scene-shown', '');
      this.resized.observe(element);
    }
    html.dataset.sceneKind = scene.kind;
    this.black(false);
    const figure = scene.figure ? figureIn(document.getElementById(scene.figure)) : null;
    const set = scene.set;
    if (figure && set !== undefined && !(arriving && addressHolds(set))) whenLive(figure, (f) => f.show(set));
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${withScene(location.search, this.index)}${location.hash}`,
    );
    this.render();
    this.main.scrollTop = 0;
    this.fit();
    if (tell) this.send({ type: 'scene', index: this.index });
  }

  private act(action: Action) {
    const last = this.scenes.length - 1;
    switch (action.type) {
      case 'next':
        return this.go(this.index + 1);
      case 'previous':
        return this.go(this.index - 1);
      case 'first':
        return this.go(0);
      case 'last':
        return this.go(last);
      case 'go':
        return this.go(action.scene);
      case 'fullscreen':
        if (document.fullscreenElement) return void document.exitFullscreen().catch(() => {});
        return void html.requestFullscreen?.().catch(() => {});
      case 'black':
        return this.black(!html.classList.contains('blacked'));
      case 'speaker':
        return this.openSpeaker();
      case 'overview':
        return this.overview();
    }
  }

  private onKey(event: KeyboardEvent) {
    if (!this.active || event.defaultPrevented) return;
    // A dialog (the overview, a QR code) has the keys until it closes.
    if (document.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement;
    const tag = target.tagName ?? '';
    const control = { tag, editable: target.isContentEditable };
    if (keyBelongsToControl(event.key, control)) return;
    // Escape leaves a form control, so that the arrows step scenes again.
    if (event.key === 'Escape' && /^(input|select|textarea)$/i.test(tag)) {
      this.main.focus({ preventScroll: true });
      event.preventDefault();
      return;
    }
    const { action, pending, handled } = keyAction(event, this.pending);
    this.pending = pending;
    this.showPending();
    if (!handled) return;
    event.preventDefault();
    if (action) this.act(action);
  }

  private onFigureChange(event: FigureChange) {
    if (!this.active) return;
    const id = (event.target as Element).closest('figure')?.id;
    if (!id) return;
    const { query } = event.detail;
    if (this.applied.get(id) === query) return;
    this.applied.delete(id);
    this.send({ type: 'figure', id, query });
  }

  private receive(message: Message) {
    if (!this.active) return;
    if (message.type === 'scene') this.go(message.index, false);
    else if (message.type === 'figure') this.applyFigure(message.id, message.query);
    else if (message.type === 'hello') this.send({ type: 'state', index: this.index, figures: this.figureQueries() });
    else if (message.type === 'state') {
      for (const [id, query] of Object.entries(message.figures)) this.applyFigure(id, query);
      if (message.index !== this.index) this.go(message.index, false);
    }
  }

  private applyFigure(id: string, query: string) {
    const figure = figureIn(document.getElementById(id));
    if (!figure) return;
    whenLive(figure, (f) => {
      if (f.query === query) return;
      this.applied.set(id, query);
      f.show(query);
    });
  }

  private figureQueries(): Record<string, string> {
    const queries: Record<string, string> = {};
    for (const figure of this.main.querySelectorAll<LiveFigureElement>('.live-figure')) {
      const id = figure.closest('figure')?.id;
      if (id && typeof figure.show === 'function') queries[id] = figure.query;
    }
    return queries;
  }

  private send(message: Message) {
    this.channel.postMessage(message);
  }

  private openSpeaker() {
    const params = new URLSearchParams(location.search);
    params.set(SPEAKER_PARAM, '1');
    open(`${location.pathname}?${params}`, 'psm-speaker', 'popup,width=1200,height=760');
  }

  private black(on: boolean) {
    html.classList.toggle('blacked', on);
    this.ui?.querySelector('.presenter-black')?.toggleAttribute('hidden', !on);
  }

  private overview() {
    const dialog = document.createElement('dialog');
    dialog.className = 'presenter-overview';
    dialog.setAttribute('aria-labelledby', 'presenter-overview-title');
    const heading = document.createElement('h2');
    heading.id = 'presenter-overview-title';
    heading.textContent = 'Scenes';
    const list = document.createElement('ol');
    this.scenes.forEach((scene, i) => {
      const item = document.createElement('li');
      const choose = button(`${i + 1}. ${scene.title}`, () => {
        dialog.close();
        this.go(i);
      });
      if (i === this.index) choose.setAttribute('aria-current', 'step');
      item.append(choose);
      list.append(item);
    });
    const close = button('Close', () => dialog.close());
    dialog.append(heading, list, close);
    dialog.addEventListener('close', () => {
      dialog.remove();
      this.main.focus({ preventScroll: true });
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[aria-current]')?.focus();
  }

  private buildUi(): HTMLElement {
    const ui = document.createElement('div');
    ui.className = 'presenter-ui';
    const bar = document.createElement('nav');
    bar.className = 'presenter-bar';
    bar.setAttribute('aria-label', 'Presenter');
    const position = document.createElement('span');
    position.className = 'presenter-position';
    position.setAttribute('aria-live', 'polite');
    bar.append(
      button('‹', () => this.act({ type: 'previous' }), {
        'aria-label': 'Previous scene',
        'aria-keyshortcuts': 'ArrowLeft',
      }),
      position,
      button('›', () => this.act({ type: 'next' }), { 'aria-label': 'Next scene', 'aria-keyshortcuts': 'ArrowRight' }),
      button('Scenes', () => this.act({ type: 'overview' }), { 'aria-keyshortcuts': 'O' }),
    );
    if (!this.speaker)
      bar.append(button('Speaker view', () => this.act({ type: 'speaker' }), { 'aria-keyshortcuts': 'S' }));
    bar.append(button('Exit', () => this.exit(), { 'aria-keyshortcuts': 'Alt+P' }));
    const go = document.createElement('p');
    go.className = 'presenter-go';
    go.setAttribute('role', 'status');
    const black = document.createElement('div');
    black.className = 'presenter-black';
    black.hidden = true;
    black.addEventListener('click', () => this.black(false));
    ui.append(bar, go, black);
    if (this.speaker) ui.append(this.buildSpeakerPanel());
    return ui;
  }

  private buildSpeakerPanel(): HTMLElement {
    const panel = document.createElement('aside');
    panel.className = 'speaker-panel';
    panel.setAttribute('aria-label', 'Speaker view');
    panel.innerHTML = `<p class="speaker-clock"><span data-speaker="time"></span> · elapsed <span data-speaker="elapsed">0:00</span></p>
<h2 data-speaker="title"></h2>
<p class="speaker-talk" data-speaker="talk"></p>
<div class="speaker-notes" data-speaker="notes"></div>
<p class="speaker-next"><span>Next:</span> <span data-speaker="next"></span></p>`;
    panel.append(
      button('Restart timer', () => {
        this.started = Date.now();
        this.tick();
      }),
    );
    return panel;
  }

  private field(name: string) {
    return this.ui?.querySelector<HTMLElement>(`[data-speaker="${name}"]`) ?? null;
  }

  private render() {
    const scene = this.scenes[this.index]!;
    const position = this.ui?.querySelector('.presenter-position');
    if (position) position.textContent = `${this.index + 1} / ${this.scenes.length}`;
    if (!this.speaker) return;
    const next = this.scenes[this.index + 1];
    const set = (name: string, value: string) => {
      const element = this.field(name);
      if (element) element.textContent = value;
    };
    set('title', `Scene ${this.index + 1} of ${this.scenes.length}: ${scene.title}`);
    set('talk', talkLine(scene, this.chapterSpan));
    set('notes', scene.notes ?? 'No notes for this scene.');
    set('next', next ? `${this.index + 2}. ${next.title}` : 'the end of the chapter');
    this.tick();
  }

  private tick() {
    const now = new Date();
    const time = this.field('time');
    if (time)
      time.textContent = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    const elapsed = this.field('elapsed');
    if (elapsed) elapsed.textContent = clock((Date.now() - this.started) / 1000);
  }

  private showPending() {
    const go = this.ui?.querySelector('.presenter-go');
    if (!go) return;
    go.textContent = this.pending === null ? '' : `Go to scene: ${this.pending}`;
    go.toggleAttribute('data-active', this.pending !== null);
  }

  /**
   * The largest type (down to 24 px on the projector) at which the scene fits on the screen.
   * Every presenter-mode size is in rem, so the root's size scales the whole scene.
   */
  private fit() {
    const floor = this.speaker ? 14 : MIN_PX;
    const stage = this.main;
    let size = Math.max(floor, Math.min(44, Math.round(Math.min(innerWidth / 36, innerHeight / 20))));
    html.style.fontSize = `${size}px`;
    while (size > floor && (stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1)) {
      size -= 2;
      html.style.fontSize = `${Math.max(size, floor)}px`;
    }
    this.fitCharts();
  }

  /** Chart text is in the chart's own units: size it so that it reads at the type's size on screen. */
  private fitCharts() {
    for (const svg of this.main.querySelectorAll<SVGSVGElement>('[data-scene-shown] svg[viewBox]')) {
      // A chart held to a height is letterboxed: its scale is the smaller of the two.
      const { width, height } = svg.viewBox.baseVal;
      const shown = svg.getBoundingClientRect();
      if (!width || !height || !shown.width || !shown.height) continue;
      svg.style.setProperty('--present-chart-scale', String(Math.min(shown.width / width, shown.height / height)));
    }
  }
}

/** presenter.css, from the address the chapter page gives (data-css on its script), loaded once. */
let stylesheet: Promise<unknown> | null = null;
function loadStylesheet() {
  const url = document.querySelector<HTMLScriptElement>('script[data-present]')?.dataset.css;
  if (!url) return Promise.resolve();
  return (stylesheet ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    link.onload = link.onerror = resolve;
    document.head.append(link);
  }));
}

let presenter: Presenter | null = null;
document.addEventListener('psm:present', () => {
  void loadStylesheet()
    .then(() => {
      // Wait for the page to finish parsing when the address named a scene.
      if (document.readyState === 'loading')
        return new Promise((resolve) => addEventListener('DOMContentLoaded', resolve));
    })
    .then(() => {
      presenter ??= new Presenter();
      presenter.toggle();
    });
});
