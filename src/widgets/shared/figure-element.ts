/**
 * The behaviour every live figure shares: read state from the address (refusing anything a
 * field does not accept), re-render the output with the same view functions the build used,
 * announce what changed, write the state back to the address, reset assumptions, copy a link.
 * A figure supplies only its fields, its sliders and its view.
 */
import { readState, writeState, type Field } from './url-state.ts';
import { copyLink, viewLink } from './copy-link.ts';
import { morph } from './morph.ts';
import { slotElements, type Slots } from './slots.ts';
import type { Slider, State } from './controls.ts';

export interface FigureSpec {
  fields: Record<string, Field<string | number>>;
  defaults: State;
  /** Keys that "Reset all assumptions" restores; the reader's other choices stay. */
  assumptions: readonly string[];
  sliders: Record<string, Slider>;
  /**
   * The output's pieces whose markup changes with the state, each the inner markup of an
   * element marked data-part="id" in the markup the build rendered from the same pieces. Only
   * pieces whose markup changed are touched (chart parts only where they differ, see morph), so
   * a slider drag does not rebuild curves that did not move. Numbers belong in slots instead.
   */
  parts(state: State): Record<string, string>;
  /** The numbers the parts' slots show (see slots.ts): written one by one, only those that changed. */
  slots(state: State): Slots;
  summarize(state: State): string;
  /** Data attributes the figure's CSS reads, e.g. which scenario's controls to show. */
  attributes?(state: State): Record<string, string>;
}

const SETTLE_MS = 120;

export function figureElement(spec: FigureSpec): CustomElementConstructor {
  return class extends HTMLElement {
    // Never changed in place: every change makes a new, frozen state, so a view may remember
    // what it derived from one (see memo.ts).
    private state: Readonly<State> = Object.freeze({ ...spec.defaults });
    private settleTimer = 0;
    private changedAt = 0;
    // The build rendered the default state: start from what it shows, so a page opened without
    // settings in its address touches nothing on load.
    private shown: Record<string, string> = spec.parts(spec.defaults);
    private shownSlots: Slots = spec.slots(spec.defaults);
    private slots: ReturnType<typeof slotElements> | null = null;
    private labels: Record<string, string> = Object.fromEntries(Object.entries(spec.sliders).map(([key, scale]) => [key, scale.label(Number(spec.defaults[key]))]));
    private sliders = new Map<string, { input: HTMLInputElement; output: HTMLOutputElement }>();

    connectedCallback() {
      this.state = Object.freeze(readState(spec.fields, spec.defaults, new URLSearchParams(location.search)));
      for (const key of Object.keys(spec.sliders)) {
        this.sliders.set(key, { input: this.querySelector(`input[name="${key}"]`)!, output: this.querySelector(`output[data-for="${key}"]`)! });
      }
      this.syncControls();
      this.render();
      this.addEventListener('input', (event) => this.onInput(event.target as HTMLInputElement));
      this.addEventListener('click', (event) => {
        const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
        if (action === 'reset') this.reset();
        if (action === 'copy-link' || action === 'qr') {
          clearTimeout(this.settleTimer);
          this.settleTimer = 0;
          this.settle();
          const anchor = this.closest('figure')?.id ?? '';
          if (action === 'copy-link') void copyLink(anchor, this.querySelector<HTMLElement>('[data-copy-status]')!);
          else void import('./qr.ts').then(({ showQr }) => showQr(viewLink(anchor)));
        }
      });
      this.dataset.ready = '';
    }

    private onInput(input: HTMLInputElement) {
      const key = input.name;
      const field = spec.fields[key];
      if (!field) return;
      const scale = spec.sliders[key];
      const raw = input.type === 'checkbox' ? (input.checked ? '1' : '0') : scale ? String(scale.toValue(Number(input.value))) : input.value.trim();
      const value = field.parse(raw);
      if (input.type === 'number') input.setAttribute('aria-invalid', String(value === undefined));
      if (value === undefined) return;
      this.state = Object.freeze({ ...this.state, [key]: value });
      this.render();
    }

    private reset() {
      this.state = Object.freeze({ ...this.state, ...Object.fromEntries(spec.assumptions.map((key) => [key, spec.defaults[key]])) });
      this.syncControls();
      this.render();
    }

    private syncControls() {
      for (const input of this.querySelectorAll<HTMLInputElement>('input[name]')) {
        const value = this.state[input.name];
        if (value === undefined) continue;
        if (input.type === 'radio') input.checked = input.value === String(value);
        else if (input.type === 'checkbox') input.checked = String(value) === '1';
        else if (spec.sliders[input.name]) input.value = String(spec.sliders[input.name].toPosition(Number(value)));
        else {
          input.value = String(value);
          input.removeAttribute('aria-invalid');
        }
      }
    }

    private render() {
      for (const [key, scale] of Object.entries(spec.sliders)) {
        const label = scale.label(Number(this.state[key]));
        if (this.labels[key] === label) continue;
        const { input, output } = this.sliders.get(key)!;
        input.setAttribute('aria-valuetext', label);
        output.textContent = label;
        this.labels[key] = label;
      }
      for (const [name, value] of Object.entries(spec.attributes?.(this.state) ?? {})) {
        // Rewriting an unchanged attribute still invalidates styles that select on it.
        if (this.dataset[name] !== value) this.dataset[name] = value;
      }
      for (const [id, markup] of Object.entries(spec.parts(this.state))) {
        if (this.shown[id] === markup) continue;
        const part = this.querySelector(`[data-part="${id}"]`)!;
        // SVG parses slowly, and a chart part changes a few coordinates: patch it in place.
        if (part instanceof SVGElement) morph(part, markup);
        else part.innerHTML = markup;
        this.shown[id] = markup;
        // New markup brings new, empty slots.
        this.slots = null;
        this.shownSlots = {};
      }
      this.fillSlots(spec.slots(this.state));
      // The sentence in the live region and the address wait for the reader to pause: a
      // screen reader should hear where a drag ended, not every step of it, and writing the
      // address is slow in some browsers. One timer per pause, not one per step: re-arming a
      // timer each step cost as much as writing the figure's numbers.
      this.changedAt = performance.now();
      if (!this.settleTimer) this.settleTimer = window.setTimeout(this.whenSettled, SETTLE_MS);
    }

    private whenSettled = () => {
      const wait = this.changedAt + SETTLE_MS - performance.now();
      if (wait > 0) {
        this.settleTimer = window.setTimeout(this.whenSettled, wait);
        return;
      }
      this.settleTimer = 0;
      this.settle();
    };

    private settle() {
      // Rewriting the same sentence would announce it again.
      const live = this.querySelector('[data-summary]')!;
      const text = spec.summarize(this.state);
      if (live.textContent !== text) live.textContent = text;
      this.writeAddress();
    }

    private fillSlots(slots: Slots) {
      this.slots ??= slotElements(this);
      for (const id in slots) {
        const value = slots[id];
        if (this.shownSlots[id] === value) continue;
        for (const { element, kind } of this.slots.get(id) ?? []) kind.apply(element, value);
        this.shownSlots[id] = value;
      }
    }

    private writeAddress() {
      const params = writeState(spec.fields, spec.defaults, this.state, new URLSearchParams(location.search)).toString();
      history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
    }
  };
}
