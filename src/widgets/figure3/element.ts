/**
 * <psm-figure3>: reads its state from the address, re-renders its output with the same view
 * functions the build used, and writes every change back to the address.
 */
import { readState, writeState } from '../shared/url-state.ts';
import { copyLink } from '../shared/copy-link.ts';
import { DEFAULTS, FIELDS, positionOf, sizeAt, type Figure3State } from './state.ts';
import { renderOutput, summarize } from './view.ts';
import { count } from '../shared/format.ts';

export class PsmFigure3 extends HTMLElement {
  private state: Figure3State = { ...DEFAULTS };

  connectedCallback() {
    this.state = readState(FIELDS, DEFAULTS, new URLSearchParams(location.search));
    this.syncControls();
    this.render(false);
    this.addEventListener('input', (event) => this.onInput(event.target as HTMLInputElement));
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'reset') this.reset();
      if (action === 'copy-link') void copyLink(this.closest('figure')?.id ?? '', this.query('[data-copy-status]'));
    });
    this.dataset.ready = '';
  }

  private query<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private onInput(input: HTMLInputElement) {
    if (input.name === 'size') this.state.n = sizeAt(Number(input.value));
    else if (input.name === 'data') this.state.data = input.value;
    else if (input.name in FIELDS) {
      const value = FIELDS[input.name].parse(input.value.trim());
      input.setAttribute('aria-invalid', String(value === undefined));
      if (value === undefined) return;
      this.state[input.name] = value;
    } else return;
    this.render(true);
  }

  private reset() {
    for (const key of Object.keys(DEFAULTS)) if (key !== 'data' && key !== 'n') this.state[key] = DEFAULTS[key];
    this.syncControls();
    this.render(true);
  }

  private syncControls() {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name]')) {
      if (input.name === 'data') input.checked = input.value === this.state.data;
      else if (input.name === 'size') input.value = String(positionOf(Number(this.state.n)));
      else if (input.name in FIELDS) {
        input.value = String(this.state[input.name]);
        input.removeAttribute('aria-invalid');
      }
    }
  }

  private render(announce: boolean) {
    const slider = this.query<HTMLInputElement>('input[name="size"]');
    const label = `${count(Number(this.state.n))} examples`;
    slider.setAttribute('aria-valuetext', label);
    this.query('output').textContent = label;
    this.query('[data-output]').innerHTML = renderOutput(this.state);
    const summary = this.query('[data-summary]');
    if (announce || summary.textContent !== summarize(this.state)) summary.textContent = summarize(this.state);
    const params = writeState(FIELDS, DEFAULTS, this.state, new URLSearchParams(location.search));
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }
}

