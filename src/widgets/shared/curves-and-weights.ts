/**
 * The parts of a figure that draws its curves over training beside the personas' weights (Figure
 * 3, many-shot): the weights' rows, the curves, the current dots and the data table. A module of
 * its own so that a figure with only one of the two bundles only that one.
 */
import { currentPart, type RateChart } from './chart.ts';
import type { Markup } from './markup.ts';
import { memo } from './memo.ts';
import { weightRows } from './weights.ts';

export function curvesAndWeightsParts<S extends { assumptions: unknown }>(
  personas: (state: S) => readonly { id: string; label: string }[],
  curves: (state: S) => Markup,
  chart: (state: S) => RateChart,
  table: (state: S) => Markup,
): (state: S) => Record<string, Markup> {
  // What the numbers sit in: it changes with the assumptions only, so a slider drag reuses it.
  const personaRows = memo(
    (state: S) => [state.assumptions],
    (state) => weightRows('personas', personas(state)),
  );
  return (state) => ({
    personas: personaRows(state),
    curves: curves(state),
    current: currentPart(chart(state)),
    table: table(state),
  });
}
