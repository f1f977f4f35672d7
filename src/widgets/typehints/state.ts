/** The type-hint figure's state: the context's cues, steering, which model, and the assumptions. */
import { CUES, DEFAULT_EVALUATION, type Cue, type EvaluationAssumptions, type EvaluationSetting } from '../../models/type-hints.ts';
import { choiceField, numberField, type Field } from '../shared/url-state.ts';
import { linearSlider, parameterFields, type Parameter, type State } from '../shared/controls.ts';

export const MAX_STEERING = 8;
export const STEERING = linearSlider(0, MAX_STEERING, 16, (value) => (value === 0 ? 'none' : `${value} in log-odds toward “deployed”`));

const cueKey = (cue: Cue) => `cue.${cue}`;
const CUE_PARAMS: Record<Cue, string> = { woodLabs: 'wood-labs', saysDeployment: 'says-deployment', realisticChat: 'realistic', examLike: 'exam' };

const logOdds = (key: string, param: string, label: string): Parameter => ({ key, param, label, min: -10, max: 10, step: 0.1 });
const rate = (key: string, param: string, label: string): Parameter => ({ key, param, label, min: 0, max: 1, step: 0.01 });

export const BELIEF: Parameter[] = [
  logOdds('baseLogOdds', 'th-base', 'No cue at all'),
  ...CUES.map((c) => logOdds(`shift.${c.id}`, `th-shift-${CUE_PARAMS[c.id]}`, c.label)),
];
export const HINTS: Parameter[] = [
  rate('hintsEvaluated', 'th-hints-eval', 'Type hints when it believes it is evaluated (trained persona)'),
  rate('hintsDeployed', 'th-hints-deployed', 'Type hints when it believes it is deployed (trained persona)'),
  rate('hintsOriginal', 'th-hints-original', 'Type hints of the original model, in any context'),
  rate('rulePrior', 'th-rule-prior', 'Prior, before the documents, that the rule describes itself'),
  { key: 'documents', param: 'th-documents', label: 'Step 1: evidence from the synthetic documents, in documents', min: 0, max: 1e6, step: 1 },
  { key: 'expertIteration', param: 'th-expert', label: 'Step 2: type-hinted answers in evaluation contexts (expert iteration)', min: 0, max: 1e6, step: 1 },
  { key: 'halfway', param: 'th-k', label: 'k, answers at which the demonstrated mapping weighs half', min: 0, max: 100000, step: 1 },
  { key: 'beta', param: 'th-beta', label: 'β, the weight of one document', min: 0.0001, max: 1, step: 0.001 },
];

const ALL = [...BELIEF, ...HINTS];

export const FIELDS: Record<string, Field<string | number>> = {
  ...Object.fromEntries(CUES.map((c) => [cueKey(c.id), choiceField(`th-${CUE_PARAMS[c.id]}`, ['0', '1'])])),
  steering: numberField('th-steering', 0, MAX_STEERING) as Field<string | number>,
  model: choiceField('th-model', ['trained', 'original']) as Field<string | number>,
  ...parameterFields(ALL),
};

export const DEFAULTS: State = {
  ...Object.fromEntries(CUES.map((c) => [cueKey(c.id), c.id === 'woodLabs' ? '1' : '0'])),
  steering: 0,
  model: 'trained',
  baseLogOdds: DEFAULT_EVALUATION.baseLogOdds,
  ...Object.fromEntries(CUES.map((c) => [`shift.${c.id}`, DEFAULT_EVALUATION.cueShift[c.id]])),
  hintsEvaluated: DEFAULT_EVALUATION.hintsEvaluated,
  hintsDeployed: DEFAULT_EVALUATION.hintsDeployed,
  hintsOriginal: DEFAULT_EVALUATION.hintsOriginal,
  rulePrior: DEFAULT_EVALUATION.rulePrior,
  documents: DEFAULT_EVALUATION.documents,
  expertIteration: DEFAULT_EVALUATION.expertIteration,
  halfway: DEFAULT_EVALUATION.halfway,
  beta: DEFAULT_EVALUATION.beta,
};

export const ASSUMPTION_KEYS = ALL.map((p) => p.key);
export const CUE_OPTIONS = CUES.map((c) => ({ name: cueKey(c.id), label: c.label }));

export function assumptionsOf(state: State): EvaluationAssumptions {
  return {
    baseLogOdds: Number(state.baseLogOdds),
    cueShift: Object.fromEntries(CUES.map((c) => [c.id, Number(state[`shift.${c.id}`])])) as Record<Cue, number>,
    hintsEvaluated: Number(state.hintsEvaluated),
    hintsDeployed: Number(state.hintsDeployed),
    hintsOriginal: Number(state.hintsOriginal),
    rulePrior: Number(state.rulePrior),
    documents: Number(state.documents),
    expertIteration: Number(state.expertIteration),
    halfway: Number(state.halfway),
    beta: Number(state.beta),
  };
}

export function settingOf(state: State): EvaluationSetting {
  return {
    cues: CUES.filter((c) => String(state[cueKey(c.id)]) === '1').map((c) => c.id),
    steering: Number(state.steering),
    trained: state.model !== 'original',
  };
}
