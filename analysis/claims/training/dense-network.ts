/**
 * A small dense network for the claim classifier: one hidden layer of tanh units over a dense input
 * (a sentence's mean word vector and its cue flags), trained with Adam on the weighted log loss,
 * deterministically (seeded initialisation and shuffles). Used only at training time, to measure
 * whether a non-linear model next to the linear one raises the cross-validated F1 (it did not by more
 * than the noise, so nothing of it ships: see bench/RESULTS.md, "Round 4").
 */
import { seededRandom } from '../../seeded-random';
import { shuffledOrder } from './logistic';

/** Knobs of the network and its optimiser. */
export interface DenseNetworkOptions {
  /** Hidden units. */
  hidden: number;
  /** Passes over the examples. */
  epochs: number;
  /** Adam step size. */
  learningRate: number;
  /** Examples per Adam step. */
  batch: number;
  /** L2 penalty on the input-to-hidden weights (added to the gradient, per step). */
  l2: number;
  seed: number;
}

/**
 * Defaults: 16 tanh units, Adam's usual step 1e-3 with batches of 32, 6 passes, L2 1e-4 on the first
 * layer. Measured by ClaimBuster 5-fold cross-validation (F1 at the CV-optimal cut of the network
 * alone / of its best blend with the linear model, see bench/RESULTS.md "Round 4"): these settings
 * 0.7379 / 0.7825; 32 units and 15 passes 0.7241 / 0.7814 (more capacity overfits); 32 units, 15
 * passes, step 3e-3 and L2 1e-5 0.6855 / 0.7821 (no blend beats the linear model alone).
 */
export const DEFAULT_DENSE_OPTIONS: DenseNetworkOptions = {
  hidden: 16,
  epochs: 6,
  learningRate: 1e-3,
  batch: 32,
  l2: 1e-4,
  seed: 20240819,
};

/** A trained network over raw (unstandardised) inputs: logit = w2 · tanh(w1 x + b1) + b2. */
export interface DenseNetwork {
  inputs: number;
  hidden: number;
  /** Row-major, hidden × inputs. */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
}

/** The logit of one input under a trained network. */
export function denseLogit(net: DenseNetwork, x: Float32Array): number {
  let out = net.b2;
  for (let j = 0; j < net.hidden; j++) {
    let z = net.b1[j]!;
    const row = j * net.inputs;
    for (let i = 0; i < net.inputs; i++) z += net.w1[row + i]! * x[i]!;
    out += net.w2[j]! * Math.tanh(z);
  }
  return out;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Trains the network on inputs `x` (all of one length) with 0/1 `labels` and per-example `weights`.
 * Inputs are standardised per column (mean 0, variance 1 over the examples) for training, and the
 * standardisation is folded into the first layer, so the returned network takes raw inputs.
 */
export function trainDenseNetwork(
  x: Float32Array[],
  labels: ArrayLike<number>,
  weights: ArrayLike<number>,
  options: DenseNetworkOptions = DEFAULT_DENSE_OPTIONS,
): DenseNetwork {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const h = options.hidden;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const row of x) for (let i = 0; i < d; i++) mean[i]! += row[i]! / n;
  for (const row of x) for (let i = 0; i < d; i++) sd[i]! += (row[i]! - mean[i]!) ** 2 / n;
  for (let i = 0; i < d; i++) sd[i] = Math.sqrt(sd[i]!) || 1;
  const random = seededRandom(options.seed);
  // Glorot-style initialisation for tanh.
  const w1 = new Float32Array(h * d).map(() => gaussian(random) / Math.sqrt(d));
  const b1 = new Float32Array(h);
  const w2 = new Float32Array(h).map(() => gaussian(random) / Math.sqrt(h));
  let b2 = 0;
  const params = [w1, b1, w2];
  const m = params.map((p) => new Float32Array(p.length));
  const v = params.map((p) => new Float32Array(p.length));
  let mb2 = 0;
  let vb2 = 0;
  const grads = params.map((p) => new Float32Array(p.length));
  let gb2 = 0;
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  let step = 0;
  const z = new Float32Array(d);
  const act = new Float32Array(h);
  const [gw1, gb1, gw2] = grads as [Float32Array, Float32Array, Float32Array];
  const update = (count: number) => {
    step++;
    const c1 = 1 - beta1 ** step;
    const c2 = 1 - beta2 ** step;
    for (let i = 0; i < gw1.length; i++) gw1[i] = gw1[i]! / count + options.l2 * w1[i]!;
    for (let k = 0; k < params.length; k++) {
      const p = params[k]!;
      const g = grads[k]!;
      const mk = m[k]!;
      const vk = v[k]!;
      for (let i = 0; i < p.length; i++) {
        const gi = k === 0 ? g[i]! : g[i]! / count;
        mk[i] = beta1 * mk[i]! + (1 - beta1) * gi;
        vk[i] = beta2 * vk[i]! + (1 - beta2) * gi * gi;
        p[i]! -= (options.learningRate * (mk[i]! / c1)) / (Math.sqrt(vk[i]! / c2) + eps);
        g[i] = 0;
      }
    }
    const g = gb2 / count;
    mb2 = beta1 * mb2 + (1 - beta1) * g;
    vb2 = beta2 * vb2 + (1 - beta2) * g * g;
    b2 -= (options.learningRate * (mb2 / c1)) / (Math.sqrt(vb2 / c2) + eps);
    gb2 = 0;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = shuffledOrder(n, random);
    let inBatch = 0;
    for (const k of order) {
      const row = x[k]!;
      for (let i = 0; i < d; i++) z[i] = (row[i]! - mean[i]!) / sd[i]!;
      let out = b2;
      for (let j = 0; j < h; j++) {
        let s = b1[j]!;
        const r = j * d;
        for (let i = 0; i < d; i++) s += w1[r + i]! * z[i]!;
        act[j] = Math.tanh(s);
        out += w2[j]! * act[j]!;
      }
      const p = 1 / (1 + Math.exp(-out));
      const g = (p - labels[k]!) * weights[k]!;
      gb2 += g;
      for (let j = 0; j < h; j++) {
        gw2[j]! += g * act[j]!;
        const gh = g * w2[j]! * (1 - act[j]! * act[j]!);
        if (gh === 0) continue;
        gb1[j]! += gh;
        const r = j * d;
        for (let i = 0; i < d; i++) gw1[r + i]! += gh * z[i]!;
      }
      if (++inBatch === options.batch) {
        update(inBatch);
        inBatch = 0;
      }
    }
    if (inBatch > 0) update(inBatch);
  }
  // Fold the standardisation: w1 (x - μ)/σ = (w1/σ) x - Σ w1 μ/σ.
  const rawW1 = new Float32Array(h * d);
  const rawB1 = Float32Array.from(b1);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < d; i++) {
      const w = w1[j * d + i]! / sd[i]!;
      rawW1[j * d + i] = w;
      rawB1[j]! -= w * mean[i]!;
    }
  }
  return { inputs: d, hidden: h, w1: rawW1, b1: rawB1, w2: Float32Array.from(w2), b2 };
}
