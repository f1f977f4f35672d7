/** The many-shot figure's state: where the model starts, the prompt (prefix and shots), and every assumption the reader edited. */
import { DEFAULT_ASSUMPTIONS, MAX_SHOTS, STARTS, type Assumptions, type PersonaId } from '../../models/many-shot.ts';
import { byId, choiceField, flagField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { logSizeSlider } from '../shared/sliders.ts';
import { figureForm } from '../shared/form.ts';

const { personas } = DEFAULT_ASSUMPTIONS;
const rate = (param: string, label: string, initial: number) => parameter(param, label, initial, 0, 1, 0.001);

/** The columns of the persona table in the assumptions panel, by the field each edits. */
export const PERSONA_FIELDS = [
  ['basePrior', 'Prior weight in a base model'],
  ['comply', 'P(complies | harmful request)'],
  ['helpful', 'P(helpful conversation), per conversation'],
] as const;

export const FIELDS = {
  start: choiceField(
    'start',
    STARTS.map((s) => s.id),
    'post-trained',
  ),
  prefix: flagField('prefix', false),
  shots: numberField('shots', 30, 0, MAX_SHOTS, true),
  assumptions: {
    personas: byId(personas, (p) => ({
      basePrior: rate(`prior-${p.id}`, `${p.label}: prior weight in a base model`, p.basePrior),
      comply: rate(`comply-${p.id}`, `${p.label}: chance of complying with a harmful request`, p.comply),
      helpful: rate(`helpful-${p.id}`, `${p.label}: chance of a helpful conversation`, p.helpful),
    })),
    refusals: parameter(
      'refusals',
      'Post-training: harmful requests refused',
      DEFAULT_ASSUMPTIONS.postTraining.refusals,
      0,
      100000,
      1,
    ),
    helpfulAnswers: parameter(
      'helpful',
      'Post-training: benign requests answered helpfully',
      DEFAULT_ASSUMPTIONS.postTraining.helpfulAnswers,
      0,
      100000,
      1,
    ),
    betaTraining: parameter(
      'beta-training',
      'β, the weight of one post-training example',
      DEFAULT_ASSUMPTIONS.betaTraining,
      0.0001,
      1,
      0.0001,
      BETA_HINT,
    ),
    betaContext: parameter(
      'beta-context',
      'β, the weight of one shot in the prompt',
      DEFAULT_ASSUMPTIONS.betaContext,
      0.0001,
      1,
      0.0001,
      BETA_HINT,
    ),
    prefixWeight: parameter(
      'prefix-weight',
      'Shots’ worth of evidence in one prefix conversation',
      DEFAULT_ASSUMPTIONS.prefixWeight,
      0,
      100,
      0.1,
    ),
  },
};

export const FORM = figureForm('ManyShot', FIELDS, { shots: logSizeSlider(MAX_SHOTS, 'shots') });
export type ManyShotState = State<typeof FIELDS>;

export function assumptions({ assumptions: edited }: ManyShotState): Assumptions<PersonaId> {
  return {
    ...DEFAULT_ASSUMPTIONS,
    personas: personas.map((persona) => ({ ...persona, ...edited.personas[persona.id] })),
    postTraining: { refusals: edited.refusals, helpfulAnswers: edited.helpfulAnswers },
    betaTraining: edited.betaTraining,
    betaContext: edited.betaContext,
    prefixWeight: edited.prefixWeight,
  };
}
