/**
 * Seeded pseudo-random numbers. Every randomized function in lib/stats takes its randomness as a
 * `RandomSource` (a `() => number` returning uniform values in [0, 1)), passed as `{random}` or
 * built from `{seed}`, so that a page, a test and a published figure all reproduce exactly.
 *
 * The generator is xoshiro128** (Blackman & Vigna), seeded through splitmix32 so that nearby seeds
 * (1, 2, 3, ...) give unrelated streams. It has 32 bits of resolution per draw, a period of
 * 2^128 − 1, and passes BigCrush — ample for bootstrap and permutation work.
 */
import {StatsInputError} from "./errors.ts";

/** A source of uniform random numbers in [0, 1). `Math.random` is one (but not reproducible). */
export type RandomSource = () => number;

/** Options accepted by every randomized function: an explicit source wins over a seed. */
export interface RandomOptions {
  /** A uniform [0, 1) source, e.g. from {@link createRandom}. */
  random?: RandomSource;
  /** A seed for {@link createRandom}; used when `random` is not given. */
  seed?: number;
}

/** The seed used when a caller passes neither `random` nor `seed`: results stay reproducible. */
export const DEFAULT_SEED = 20200;

/**
 * Creates a seeded xoshiro128** generator returning uniform numbers in [0, 1).
 *
 * @example
 * const random = createRandom(42);
 * random() // ≈ 0.66061572 (always the same first value for seed 42)
 * createRandom(42)() === createRandom(42)() // true
 */
export function createRandom(seed: number): RandomSource {
  if (!Number.isFinite(seed)) throw new StatsInputError("seed", `must be a finite number, got ${seed}`);
  // splitmix32 expands one seed into four well-mixed state words (the state must not be all zero).
  let mix = Math.trunc(seed) >>> 0;
  const splitmix32 = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  return () => {
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotateLeft(s3, 11);
    return result / 4294967296;
  };
}

function rotateLeft(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift));
}

/**
 * Returns the caller's random source, or a seeded one (`seed`, else {@link DEFAULT_SEED}).
 *
 * @example
 * resolveRandom({seed: 7})() === createRandom(7)() // true
 */
export function resolveRandom(options: RandomOptions = {}): RandomSource {
  if (options.random !== undefined) {
    if (typeof options.random !== "function") throw new StatsInputError("random", "must be a function returning numbers in [0, 1)");
    return options.random;
  }
  return createRandom(options.seed ?? DEFAULT_SEED);
}

/**
 * A uniform integer in 0 … n−1.
 *
 * @example
 * randomInteger(createRandom(1), 6) // 3 (one of 0..5)
 */
export function randomInteger(random: RandomSource, n: number): number {
  return Math.floor(random() * n);
}

/**
 * Shuffles `values` in place (Fisher–Yates) and returns it.
 *
 * @example
 * shuffleInPlace([1, 2, 3, 4], createRandom(1)) // [1, 2, 4, 3]
 */
export function shuffleInPlace<T>(values: T[], random: RandomSource): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = randomInteger(random, i + 1);
    const held = values[i];
    values[i] = values[j];
    values[j] = held;
  }
  return values;
}

/**
 * Fills `into` (or a new array) with `n` indices drawn with replacement from 0 … n−1: one bootstrap resample.
 *
 * @example
 * resampleIndices(5, createRandom(1)) // [2, 3, 4, 2, 2] (an Int32Array)
 */
export function resampleIndices(n: number, random: RandomSource, into: Int32Array = new Int32Array(n)): Int32Array {
  for (let i = 0; i < n; i++) into[i] = randomInteger(random, n);
  return into;
}
