/** The coin-flip figure's state: which model, how much illustrative post-training, and every assumption. */
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_AUTHORS,
  type Assumptions,
  type AuthorId,
  type Model,
} from '../../models/coin-flip.ts';
import { byId, choiceField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { linearSlider } from '../shared/sliders.ts';
import { count } from '../shared/format.ts';
import { figureForm } from '../shared/form.ts';

/** The most post-training the slider offers. Illustrative. */
export const MAX_POST_TRAINING = 10_000;
/** One slider step: 100 examples, so the model's default is a position of its own. */
const STEPS = MAX_POST_TRAINING / 100;

export const MODELS: readonly { value: Model; label: string }[] = [
  { value: 'post-trained', label: 'Post-trained model (the Assistant)' },
  { value: 'base', label: 'Base (pre-trained) model' },
];

const rate = (param: string, label: string, initial: number) => parameter(param, label, initial, 0, 1, 0.001);

export const FIELDS = {
  model: choiceField(
    'model',
    MODELS.map((m) => m.value),
    'post-trained',
  ),
  n: numberField('n', DEFAULT_ASSUMPTIONS.postTraining, 0, MAX_POST_TRAINING, true),
  assumptions: {
    prior: byId(DEFAULT_AUTHORS, (a) => rate(`prior-${a.id}`, `Prior weight: ${a.label}`, a.basePrior)),
    voice: byId(DEFAULT_AUTHORS, (a) =>
      rate(`voice-${a.id}`, `${a.label}: chance an Assistant turn is in the Assistant’s voice`, a.assistantVoice),
    ),
    preferred: byId(DEFAULT_AUTHORS, (a) =>
      rate(`pref-${a.id}`, `${a.label}: chance the report names the preferred outcome`, a.preferred),
    ),
    beta: parameter(
      'beta',
      'β, the weight of one post-training example',
      DEFAULT_ASSUMPTIONS.beta,
      0.0001,
      1,
      0.0001,
      BETA_HINT,
    ),
    headsBias: parameter(
      'heads',
      'A lean toward saying “heads” whatever the tasks (log-odds)',
      DEFAULT_ASSUMPTIONS.headsBias,
      -3,
      3,
      0.1,
    ),
  },
};

export const FORM = figureForm('CoinFlip', FIELDS, {
  n: linearSlider(0, MAX_POST_TRAINING, STEPS, (value) => `${count(value)} examples`),
});
export type CoinFlipState = State<typeof FIELDS>;

/** The model's assumptions, with the reader's edits and the slider's amount of post-training. */
export function assumptions({ assumptions: edited, n }: CoinFlipState): Assumptions<AuthorId> {
  return {
    postTraining: n,
    beta: edited.beta,
    headsBias: edited.headsBias,
    authors: DEFAULT_AUTHORS.map((a) => ({
      ...a,
      basePrior: edited.prior[a.id],
      assistantVoice: edited.voice[a.id],
      preferred: edited.preferred[a.id],
    })),
  };
}
