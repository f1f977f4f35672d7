/**
 * What a figure's view provides: the browser's part (parts, slots, summary, attributes), and the
 * two renderers only the build uses, which draw the controls and the output's first frame.
 */
import type { Markup } from './markup.ts';
import type { Slots } from './slots.ts';
import type { DataTable } from './download-table.ts';

/** What the browser redraws: a figure's view without the build-only renderers. */
export interface FigureView<S> {
  /**
   * The output's pieces whose markup changes with the state, each the inner markup of an
   * element marked data-part="id" in the markup the build rendered from the same pieces. Only
   * pieces whose markup changed are touched (chart parts only where they differ, see morph), so
   * a slider drag does not rebuild curves that did not move. Numbers belong in slots instead. A
   * part may hold other parts (a chart holds its curves): it comes before them, so they are
   * compared with what its new markup brought.
   */
  parts(state: S): Record<string, Markup>;
  /** The numbers the parts' slots show (see slots.ts): written one by one, only those that changed. */
  slots(state: S): Slots;
  /** One sentence for the live region: what the figure now shows. */
  summarize(state: S): string;
  /** Data attributes the figure's CSS reads, e.g. which scenario's controls to show. */
  attributes?(state: S): Record<string, string>;
  /**
   * The numbers of the figure's data table at this state, from the same data its markup shows:
   * the CSV and JSON downloads write this (see download-table.ts).
   */
  table(state: S): DataTable;
}

/** A figure's view module, as the build and the tests read it. */
export interface RenderedView<S> {
  live: FigureView<S>;
  /** The controls, rendered once; the figure element keeps them in step with the state. */
  renderControls(state: S): Markup;
  /** The whole output, its slots filled. */
  renderOutput(state: S): Markup;
  /**
   * The headline outcome in one short line, repeating the output's own slots: on a narrow
   * screen it stays in view at the top of the figure while the reader changes a control.
   */
  renderHeadline(state: S): Markup;
}
