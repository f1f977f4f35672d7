/**
 * The behaviour every live figure shares: read state from the address (refusing anything a
 * field does not accept), re-render the output with the same view functions the build used,
 * announce what changed, write the state back to the address, reset assumptions, copy a link.
 * A figure supplies only its form (fields and sliders) and its view.
 *
 * Other code on the page (a "try this" link, presenter mode, a second window) drives a figure
 * through the element's small public surface, never through its inputs: `show(query)` puts it in
 * the state an address query describes, `resetAll()` returns every control to its default, `query`
 * is its state as an address query, and a `figure-change` event (detail: { query }) follows each
 * pause in the reader's changes, after the address is written.
 */
import { valueAt, withValue, type State } from './url-state.ts';
import { copyLink, viewLink } from './copy-link.ts';
import { morph } from './morph.ts';
import { slotElements, type Slots } from './slots.ts';
import { whenNear } from './when-near.ts';
import { foldWhenNarrow } from './fold.ts';
import { runPositions, type Run } from './run.ts';
import { figure } from '../registry.ts';
import type { FigureForm, FormFields, SliderField } from './form.ts';
import type { FigureView } from './view.ts';
import type { Markup } from './markup.ts';

const SETTLE_MS = 120;

/** What code outside a figure may use of it (see above). */
export interface LiveFigureElement extends HTMLElement {
  readonly query: string;
  show(query: string | URLSearchParams): void;
  resetAll(): void;
}

export type FigureChange = CustomEvent<{ query: string }>;

const markupOf = (parts: Record<string, Markup>) =>
  Object.fromEntries(Object.entries(parts).map(([id, part]) => [id, String(part)]));

export function figureElement<F extends FormFields>(
  form: FigureForm<F>,
  view: FigureView<State<F>>,
): CustomElementConstructor {
  return class extends HTMLElement implements LiveFigureElement {
    // Never changed in place: every change makes a new state, so a view may remember what it
    // derived from one (see memo.ts).
    private state = form.defaults;
    private settleTimer = 0;
    private changedAt = 0;
    // The build rendered the default state: start from what it shows, so a page opened without
    // settings in its address touches nothing on load.
    private shown: Record<string, string> = markupOf(view.parts(form.defaults));
    private shownSlots: Slots = view.slots(form.defaults);
    private slots: ReturnType<typeof slotElements> | null = null;
    private sliders: (SliderField & { input: HTMLInputElement; output: HTMLOutputElement; label: string })[] = [];
    private run: Run | null = null;

    connectedCallback() {
      this.state = form.read(new URLSearchParams(location.search));
      this.sliders = form.sliderFields.map((slider) => ({
        ...slider,
        input: this.querySelector(`input[name="${slider.name}"]`)!,
        output: this.querySelector(`output[data-for="${slider.name}"]`)!,
        label: slider.scale.label(slider.field.initial),
      }));
      // A reader on slow Wi-Fi may have moved a control by keyboard before this script arrived
      // (a pointer cannot: figure.css): what the control now shows wins over the address.
      for (const input of this.querySelectorAll<HTMLInputElement>('input[name]')) {
        const changed =
          input.type === 'radio' || input.type === 'checkbox'
            ? input.checked !== input.defaultChecked && input.checked
            : input.value !== input.defaultValue;
        if (changed) this.state = this.withInput(this.state, input);
      }
      this.syncControls();
      this.render();
      this.addEventListener('input', (event) => this.onInput(event.target as HTMLInputElement));
      this.addEventListener('click', (event) => {
        const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
        if (action === 'reset') this.reset();
        // "Reset figure": every control back to its default, the data choice and slider included.
        if (action === 'reset-all') this.resetAll();
        if (action === 'run') this.toggleRun();
        if (action === 'copy-link' || action === 'qr') {
          this.settleNow();
          const anchor = this.closest('figure')?.id ?? '';
          if (action === 'copy-link') void copyLink(anchor, this.querySelector<HTMLElement>('[data-copy-status]')!);
          else void import('./qr-dialog.ts').then(({ showQr }) => showQr(viewLink(anchor)));
        }
        // The download code loads only when asked for: it adds nothing to a figure's first load.
        const format = (event.target as HTMLElement).closest<HTMLElement>('[data-format]')?.dataset.format;
        if (action === 'download' && format)
          void import('./download.ts').then(({ download }) => download(format, this, form, view, this.state));
      });
      for (const button of this.querySelectorAll('[data-action][aria-disabled]'))
        button.removeAttribute('aria-disabled');
      this.dataset.ready = '';
    }

    private onInput(input: HTMLInputElement) {
      this.stopRun();
      const state = this.withInput(this.state, input);
      if (state === this.state) return;
      this.state = state;
      this.render();
    }

    /** `state` with the value `input` shows, or `state` itself where the field refuses it. */
    private withInput(state: State<F>, input: HTMLInputElement): State<F> {
      const leaf = form.byName.get(input.name);
      if (!leaf) return state;
      const scale = form.slider(input.name);
      const raw =
        input.type === 'checkbox'
          ? input.checked
            ? '1'
            : '0'
          : scale
            ? String(scale.toValue(Number(input.value)))
            : input.value.trim();
      const value = leaf.field.parse(raw);
      if (input.type === 'number') input.setAttribute('aria-invalid', String(value === undefined));
      return value === undefined ? state : withValue(state, leaf.path, value);
    }

    /**
     * ▶ Run: the main slider (the registry's) from its first position to where it is now, or to
     * its last where it is at its first. Reduced motion shows the end at once. A click on the
     * button (now "■ Stop"), Escape, or any change by the reader stops it where it is.
     */
    private toggleRun() {
      if (this.run) return this.stopRun();
      const slider = this.sliders.find((s) => s.name === figure(form.name).slider)!;
      const leaf = form.byName.get(slider.name)!;
      const current = form.valueOf(this.state, slider.field);
      const to = slider.scale.toPosition(current) || slider.scale.steps;
      const end = to === slider.scale.toPosition(current) ? current : slider.scale.toValue(to);
      const moveTo = (value: number) => {
        this.state = withValue(this.state, leaf.path, value);
        slider.input.value = String(slider.scale.toPosition(value));
        this.render();
      };
      if (matchMedia('(prefers-reduced-motion: reduce)').matches) return moveTo(end);
      const button = this.querySelector<HTMLElement>('[data-action="run"]')!;
      const label = button.textContent;
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape') this.stopRun();
      };
      document.addEventListener('keydown', onKey);
      button.textContent = '■ Stop';
      this.dataset.running = '';
      const run = runPositions(
        to,
        (position) => moveTo(position === to ? end : slider.scale.toValue(position)),
        () => this.stopRun(),
      );
      this.run = {
        stop: () => {
          run.stop();
          document.removeEventListener('keydown', onKey);
          button.textContent = label;
          delete this.dataset.running;
        },
      };
    }

    private stopRun() {
      this.run?.stop();
      this.run = null;
    }

    private reset() {
      this.state = withValue(this.state, ['assumptions'], form.defaults.assumptions);
      this.syncControls();
      this.render();
    }

    /** The figure's state as an address query: only its own parameters that differ from the defaults. */
    get query(): string {
      return form.write(this.state, new URLSearchParams()).toString();
    }

    /** Shows the state `query` describes (what it leaves out, or a field refuses, at its default). */
    show(query: string | URLSearchParams) {
      this.stopRun();
      this.state = form.read(new URLSearchParams(query));
      this.syncControls();
      this.render();
      // Not a drag to wait out: the sentence and the address follow at once, so the figure has
      // finished changing before whoever called this scrolls to it (see show-figure.ts).
      this.settleNow();
    }

    resetAll() {
      this.show('');
    }

    private syncControls() {
      for (const input of this.querySelectorAll<HTMLInputElement>('input[name]')) {
        const leaf = form.byName.get(input.name);
        if (!leaf) continue;
        const value = valueAt(this.state, leaf.path);
        if (input.type === 'radio' || input.type === 'checkbox')
          input.checked = input.value === leaf.field.serialize(value);
        else if (input.type === 'number') {
          input.value = String(value);
          input.removeAttribute('aria-invalid');
        }
      }
      for (const slider of this.sliders)
        slider.input.value = String(slider.scale.toPosition(form.valueOf(this.state, slider.field)));
    }

    private render() {
      for (const slider of this.sliders) {
        const label = slider.scale.label(form.valueOf(this.state, slider.field));
        if (slider.label === label) continue;
        slider.input.setAttribute('aria-valuetext', label);
        slider.output.textContent = label;
        slider.label = label;
      }
      for (const [name, value] of Object.entries(view.attributes?.(this.state) ?? {})) {
        // Rewriting an unchanged attribute still invalidates styles that select on it.
        if (this.dataset[name] !== value) this.dataset[name] = value;
      }
      for (const [id, part] of Object.entries(view.parts(this.state))) {
        const markup = String(part);
        if (this.shown[id] === markup) continue;
        const element = this.querySelector(`[data-part="${id}"]`)!;
        // SVG parses slowly, and a chart part changes a few coordinates: patch it in place.
        if (element instanceof SVGElement) morph(element, markup);
        else element.innerHTML = markup;
        this.shown[id] = markup;
        // New markup brings new, empty slots.
        this.slots = null;
        this.shownSlots = {};
      }
      this.fillSlots(view.slots(this.state));
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
      this.settleNow();
    };

    /** The pause's work now, not when the timer would have done it. */
    private settleNow() {
      window.clearTimeout(this.settleTimer);
      this.settleTimer = 0;
      this.settle();
    }

    private settle() {
      // Rewriting the same sentence would announce it again.
      const live = this.querySelector('[data-summary]')!;
      const text = view.summarize(this.state);
      if (live.textContent !== text) live.textContent = text;
      this.writeAddress();
      this.dispatchEvent(new CustomEvent('figure-change', { bubbles: true, detail: { query: this.query } }));
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
      const params = form.write(this.state, new URLSearchParams(location.search)).toString();
      history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
    }
  };
}

/**
 * Defines the figure's element once the figure nears the viewport. Its detailed tables fold on a
 * narrow screen at once, before it nears: a figure that started above the reader would otherwise
 * shrink there and move the page under them.
 */
export function defineFigure<F extends FormFields>(form: FigureForm<F>, view: FigureView<State<F>>) {
  foldWhenNarrow(form.tag);
  whenNear(form.tag, () => customElements.define(form.tag, figureElement(form, view)));
}
