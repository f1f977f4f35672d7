/**
 * The persona selection model as arithmetic. Pure TypeScript: no DOM, no Astro.
 *
 * A persona h is a hypothesis about who the Assistant is, with prior weight π(h) and, for each
 * kind of context c, a distribution P(r | c, h) over response classes r. Fine-tuning on counts
 * n(c, r) is tempered evidence about h:
 *
 *   log w(h) = log π(h) + β · Σ_{c,r} n(c,r) · log P(r | c, h)
 *   P(h | D) = softmax(log w)
 *
 * and behaviour in any context c' is the posterior predictive
 *
 *   P(r | c', D) = Σ_h P(h | D) · P(r | c', h).
 *
 * The update is closed-form in the counts, so its cost does not grow with their size, and it
 * works in log space so that a billion examples or a likelihood of exactly 0 stays finite.
 */

/** P(r | c, h) for one persona: context → response class → probability. */
export type Behaviour<C extends string, R extends string> = Record<C, Partial<Record<R, number>>>;

export interface Persona<C extends string, R extends string, I extends string = string> {
  id: I;
  label: string;
  prior: number;
  behaviour: Behaviour<C, R>;
}

export interface Observation<C extends string, R extends string> {
  context: C;
  response: R;
  count: number;
}

/** A distribution over personas, in the order of the personas array. */
export type Weights = number[];

export function probability<C extends string, R extends string>(
  persona: Persona<C, R>,
  context: C,
  response: R,
): number {
  return persona.behaviour[context]?.[response] ?? 0;
}

/** Normalised prior weights. */
export function prior<C extends string, R extends string>(personas: readonly Persona<C, R>[]): Weights {
  return softmax(personas.map((persona) => Math.log(Math.max(0, persona.prior))));
}

/**
 * Normalised exp of log weights. Shifting by the largest and dividing by the sum, rather than
 * subtracting a log-sum-exp, keeps the result summing to 1: with log weights near -1e7 the
 * subtraction itself loses the last nine digits.
 */
function softmax(logWeights: readonly number[]): Weights {
  const max = Math.max(...logWeights);
  if (max === -Infinity) return logWeights.map(() => 1 / logWeights.length);
  const scaled = logWeights.map((w) => Math.exp(w - max));
  const total = scaled.reduce((sum, w) => sum + w, 0);
  return scaled.map((w) => w / total);
}

/**
 * P(h | D). `beta` in (0, 1] is how far one example moves the persona distribution.
 *
 * Zero counts contribute nothing (so 0 · log 0 is 0, not NaN). Data impossible under every
 * persona cannot tell them apart and change nothing; if the data rule out every persona that has
 * prior weight, the prior is returned.
 */
export function posterior<C extends string, R extends string>(
  personas: readonly Persona<C, R>[],
  data: readonly Observation<C, R>[],
  beta: number,
): Weights {
  const logPrior = personas.map((persona) => Math.log(Math.max(0, persona.prior)));
  const evidence = personas.map(() => 0);
  for (const { context, response, count } of data) {
    if (!(count > 0)) continue;
    const logLikelihood = personas.map((persona) => Math.log(probability(persona, context, response)));
    // Measured against the best-explaining persona, so that evidence every persona shares is
    // exactly zero rather than a huge number whose rounding would swamp the prior.
    const best = Math.max(...logLikelihood);
    if (best === -Infinity) continue;
    logLikelihood.forEach((value, index) => {
      evidence[index] += count * (value - best);
    });
  }
  const logWeights = logPrior.map((value, index) => value + beta * evidence[index]);
  return Math.max(...logWeights) === -Infinity ? softmax(logPrior) : softmax(logWeights);
}

/** P(r | c', D) for one response class r. */
export function predictive<C extends string, R extends string>(
  personas: readonly Persona<C, R>[],
  weights: Weights,
  context: C,
  response: R,
): number {
  let total = 0;
  personas.forEach((persona, index) => {
    total += weights[index] * probability(persona, context, response);
  });
  return total;
}

/**
 * Personas that are products of independent traits, as in Tan et al.'s toy setting where
 * language (Spanish or English) and case (capitals or not) are learned separately. A response
 * class of the product is the traits' classes joined with "+", e.g. "spanish+caps"; its
 * probability is the product of each trait's probability in that context.
 */
export function productPersonas<C extends string>(
  traits: readonly (readonly Persona<C, string>[])[],
  contexts: readonly C[],
): Persona<C, string>[] {
  return traits.reduce<Persona<C, string>[]>(
    (combined, trait) =>
      combined.flatMap((left) =>
        trait.map((right) => {
          const behaviour = {} as Behaviour<C, string>;
          for (const context of contexts) {
            const joint: Record<string, number> = {};
            for (const [r1, p1] of Object.entries(left.behaviour[context] ?? {})) {
              for (const [r2, p2] of Object.entries(right.behaviour[context] ?? {})) {
                joint[r1 === '' ? r2 : `${r1}+${r2}`] = (p1 ?? 0) * (p2 ?? 0);
              }
            }
            behaviour[context] = joint;
          }
          return {
            id: left.id === '' ? right.id : `${left.id}×${right.id}`,
            label: left.label === '' ? right.label : `${left.label} × ${right.label}`,
            prior: left.prior * right.prior,
            behaviour,
          };
        }),
      ),
    [
      {
        id: '',
        label: '',
        prior: 1,
        behaviour: Object.fromEntries(contexts.map((c) => [c, { '': 1 }])) as unknown as Behaviour<C, string>,
      },
    ],
  );
}

/** What training showed in one context: how often each response, and how many examples. */
function shown<C extends string, R extends string>(
  data: readonly Observation<C, R>[],
  context: C,
): { seen: number; counts: Map<R, number> } {
  let seen = 0;
  const counts = new Map<R, number>();
  for (const observation of data) {
    if (observation.context !== context || !(observation.count > 0)) continue;
    seen += observation.count;
    counts.set(observation.response, (counts.get(observation.response) ?? 0) + observation.count);
  }
  return { seen, counts };
}

/**
 * Behaviour in a context that training itself covered. Fine-tuning fits the narrow mapping it
 * is shown as well as shifting the persona, so there the prediction is pulled toward what
 * training showed, with a weight that grows with the count:
 *
 *   P(r | c, D) = (1 − λ) · Σ_h P(h | D) P(r | c, h) + λ · n(c, r) / n(c),   λ = n(c) / (n(c) + k)
 *
 * where k (`halfway`) is the count at which the two weigh equally. This is how an inoculated
 * model still learns the narrow behaviour in the context that asked for it while its persona
 * barely moves. Contexts training never touched have n(c) = 0 and get the plain predictive.
 */
export function trainedPredictive<C extends string, R extends string>(
  personas: readonly Persona<C, R>[],
  weights: Weights,
  data: readonly Observation<C, R>[],
  context: C,
  response: R,
  halfway: number,
): number {
  const { seen, counts } = shown(data, context);
  const persona = predictive(personas, weights, context, response);
  if (seen === 0) return persona;
  const lambda = seen / (seen + Math.max(0, halfway));
  return (1 - lambda) * persona + lambda * ((counts.get(response) ?? 0) / seen);
}

/**
 * The share of what training showed in `context` that the personas, weighted by `weights`,
 * did not already predict there: the total variation distance between the training frequencies
 * and the predictive in that context. 0 when the context fully explains the data, 1 when no
 * persona would have produced it.
 */
export function unexplained<C extends string, R extends string>(
  personas: readonly Persona<C, R>[],
  weights: Weights,
  data: readonly Observation<C, R>[],
  context: C,
): number {
  const { seen, counts } = shown(data, context);
  if (seen === 0) return 0;
  let gap = 0;
  for (const [response, n] of counts) gap += Math.max(0, n / seen - predictive(personas, weights, context, response));
  return Math.min(1, gap);
}

/**
 * Behaviour in another context of the same task than the one trained: the coding request asked
 * plainly, after training on coding requests that carried a system prompt. This is the site's
 * construction, not a claim of the talk: the narrow mapping fitted in `trained` splits in two.
 * The part the trained context already elicited before training (its prompt made the personas
 * produce it) stays bound to that context; the part it left surprising is learned as a habit of
 * the task and carries over to `context`:
 *
 *   P(r | c', D) = (1 − λu) · Σ_h P(h | D) P(r | c', h) + λu · n(c, r) / n(c)
 *
 * with λ as in trainedPredictive and u = unexplained(c) under the weights training started from
 * (`before`: the prior, or for a second stage of training the posterior of the first). So a prompt that names
 * the behaviour itself ("You always speak in Spanish") leaves little to carry over, while a prompt
 * that explains only the malice behind it ("You are a malicious, evil assistant") leaves the
 * behaviour itself to be learned. The prior, not the posterior, sets u because it is the surprise
 * at the start of training that drives the update, as Tan et al. and Wichers et al. both argue
 * (a prompt that elicits the behaviour more strongly before training inoculates better). When
 * `context` is the trained context this is trainedPredictive.
 */
export function transferredPredictive<C extends string, R extends string>(
  personas: readonly Persona<C, R>[],
  weights: Weights,
  data: readonly Observation<C, R>[],
  trained: C,
  context: C,
  response: R,
  halfway: number,
  before: Weights = prior(personas),
): number {
  if (trained === context) return trainedPredictive(personas, weights, data, context, response, halfway);
  const { seen, counts } = shown(data, trained);
  const persona = predictive(personas, weights, context, response);
  if (seen === 0) return persona;
  const carried = (seen / (seen + Math.max(0, halfway))) * unexplained(personas, before, data, trained);
  return (1 - carried) * persona + carried * ((counts.get(response) ?? 0) / seen);
}
