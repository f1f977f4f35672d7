/** Sliders whose positions map onto values: a range input has whole positions 0 to `steps`. */
import { count } from './format.ts';

export interface Slider {
  steps: number;
  toValue(position: number): number;
  toPosition(value: number): number;
  label(value: number): string;
}

/** Evenly spaced values from `min` to `max`. */
export function linearSlider(min: number, max: number, steps: number, label: (value: number) => string): Slider {
  return {
    steps,
    toValue: (position) => Number((min + ((max - min) * position) / steps).toPrecision(6)),
    toPosition: (value) => Math.round(((value - min) / (max - min)) * steps),
    label,
  };
}

/** Training sizes on the log(1 + n) scale the figures' charts use, 0 to `max`. */
export function logSizeSlider(max: number, unit: string, steps = 60): Slider {
  return {
    steps,
    toValue: (position) => Math.round(Math.pow(1 + max, position / steps) - 1),
    toPosition: (value) => Math.round((Math.log1p(Math.max(0, value)) / Math.log1p(max)) * steps),
    label: (value) => `${count(value)} ${unit}`,
  };
}
