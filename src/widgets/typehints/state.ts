/** The type-hint figure's state: the context's cues, steering, which model, and the assumptions. */
import { CUES, DEFAULT_EVALUATION, type Cue, type EvaluationSetting } from '../../models/type-hints.ts';
import { byId, choiceField, flagField, numberField, type State } from '../shared/url-state.ts';
import { BETA_HINT, parameter } from '../shared/controls.ts';
import { linearSlider } from '../shared/sliders.ts';
import { figureForm } from '../shared/form.ts';

export const MAX_STEERING = 8;

/** Each cue's name in the address: th-wood-labs=1, th-shift-wood-labs=4. */
const CUE_PARAMS: Record<Cue, string> = {
  woodLabs: 'wood-labs',
  saysDeployment: 'says-deployment',
  realisticChat: 'realistic',
  examLike: 'exam',
};

const e = DEFAULT_EVALUATION;
const logOdds = (param: string, label: string, initial: number) => parameter(param, label, initial, -10, 10, 0.1);
const rate = (param: string, label: string, initial: number) => parameter(param, label, initial, 0, 1, 0.01);

export const FIELDS = {
  cue: byId(CUES, (c) => flagField(CUE_PARAMS[c.id], c.id === 'woodLabs')),
  steering: numberField('steering', 0, 0, MAX_STEERING),
  model: choiceField('model', ['trained', 'original']),
  // In the model's own shape (EvaluationAssumptions), so the figure hands them over as they are.
  assumptions: {
    baseLogOdds: logOdds('base', 'No cue at all', e.baseLogOdds),
    cueShift: byId(CUES, (c) => logOdds(`shift-${CUE_PARAMS[c.id]}`, c.label, e.cueShift[c.id])),
    hintsEvaluated: rate(
      'hints-eval',
      'Type hints when it believes it is evaluated (trained persona)',
      e.hintsEvaluated,
    ),
    hintsDeployed: rate(
      'hints-deployed',
      'Type hints when it believes it is deployed (trained persona)',
      e.hintsDeployed,
    ),
    hintsOriginal: rate('hints-original', 'Type hints of the original model, in any context', e.hintsOriginal),
    rulePrior: rate('rule-prior', 'Prior, before the documents, that the rule describes itself', e.rulePrior),
    documents: parameter(
      'documents',
      'Step 1: evidence from the synthetic documents, in documents',
      e.documents,
      0,
      1e6,
      1,
    ),
    expertIteration: parameter(
      'expert',
      'Step 2: type-hinted answers in evaluation contexts (expert iteration)',
      e.expertIteration,
      0,
      1e6,
      1,
    ),
    halfway: parameter(
      'k',
      'k, answers at which the demonstrated mapping weighs half',
      e.halfway,
      0,
      100000,
      1,
      'Expert iteration also teaches type hints in evaluation contexts as a habit of its own; the larger k, the more of them rests on the belief.',
    ),
    beta: parameter('beta', 'β, the weight of one document', e.beta, 0.0001, 1, 0.001, BETA_HINT),
  },
};

export const FORM = figureForm('TypeHints', FIELDS, {
  steering: linearSlider(0, MAX_STEERING, 16, (value) =>
    value === 0 ? 'none' : `${value} in log-odds toward “deployed”`,
  ),
});
export type TypeHintsState = State<typeof FIELDS>;

export function settingOf(state: TypeHintsState): EvaluationSetting {
  return {
    cues: CUES.filter((c) => state.cue[c.id]).map((c) => c.id),
    steering: state.steering,
    trained: state.model === 'trained',
  };
}
