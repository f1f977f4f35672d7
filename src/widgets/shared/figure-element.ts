/**
 * The behaviour every live figure shares: read state from the address (refusing anything a
 * field does not accept), re-render the output with the same view functions the build used,
 * announce what changed, write the state back to the address, reset assumptions, copy a link.
 * A figure supplies only its fields, its sliders and its view.
 */
import { readState, writeState, type Field } from './url-state.ts';
import { copyLink } from './copy-link.ts';
import { morph } from './morph.ts';
import type { Slider, State } from './controls.ts';

export interface FigureSpec {
  fields: Record<string, Field<string | number>>;
  defaults: State;
  /** Keys that "Reset all assumptions" restores; the reader's other choices stay. */
  assumptions: readonly string[];
  sliders: Record<string, Slider>;
  /**
   * The output's changing pieces, each the inner markup of an element marked data-part="id"
   * in the markup the build rendered from the same pieces. Only pieces whose markup changed are
   * touched (chart parts only where they differ, see morph), so a slider drag does not rebuild
   * curves that did not move.
   */
  parts(state: State): Record<string, string>;
  summarize(state: State): string;
  /** Data attributes the figure's CSS reads, e.g. which scenario's controls to show. */
  attributes?(state: State): Record<string, string>;
}

const ADDRESS_DELAY_MS = 120;

export function figureElement(spec: FigureSpec): CustomElementConstructor {
  return class extends HTMLElement {
    private state: State = { ...spec.defaults };
    private addressTimer = 0;
    private shown: Record<string, string> = {};

    connectedCallback() {
      this.state = readState(spec.fields, spec.defaults, new URLSearchParams(location.search));
      this.syncControls();
      this.render();
      this.addEventListener('input', (event) => this.onInput(event.target as HTMLInputElement));
      this.addEventListener('click', (event) => {
        const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
        if (action === 'reset') this.reset();
        if (action === 'copy-link') {
          clearTimeout(this.addressTimer);
          this.writeAddress();
          void copyLink(this.closest('figure')?.id ?? '', this.querySelector<HTMLElement>('[data-copy-status]')!);
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
      this.state[key] = value;
      this.render();
    }

    private reset() {
      for (const key of spec.assumptions) this.state[key] = spec.defaults[key];
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
        this.querySelector(`input[name="${key}"]`)?.setAttribute('aria-valuetext', label);
        const output = this.querySelector(`output[data-for="${key}"]`);
        if (output) output.textContent = label;
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
      }
      const summary = this.querySelector('[data-summary]')!;
      const text = spec.summarize(this.state);
      if (summary.textContent !== text) summary.textContent = text;
      // Writing the address is slow in some browsers; a slider drag needs only its last value.
      clearTimeout(this.addressTimer);
      this.addressTimer = window.setTimeout(() => this.writeAddress(), ADDRESS_DELAY_MS);
    }

    private writeAddress() {
      const params = writeState(spec.fields, spec.defaults, this.state, new URLSearchParams(location.search)).toString();
      history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
    }
  };
}
