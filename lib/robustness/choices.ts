/**
 * The choices behind a composite index, each a named, documented set of alternatives. MIPEX's own choice is
 * the first level of each (the default configuration), which reproduces the published scores.
 *
 * In the uncertainty and sensitivity analyses each choice is one factor: a uniform number u in [0, 1) picks
 * level ⌊u · levels⌋, so every alternative of a choice is equally likely. The Dirichlet weights also need
 * random numbers; they are drawn from a generator seeded by the rest of the same u (u · levels − level), so
 * a configuration stays a function of one number per choice.
 */
import {AREA_IDS, AREAS, type AreaId} from "../mipex/areas.ts";

export type WeightScheme = "equal" | "per_indicator" | "pca" | "dirichlet";
export type Aggregation = "arithmetic" | "geometric" | "median";
export type IndicatorScale = "published" | "rank";
export type WithinArea = "published" | "equal";

/** One way of computing the index. */
export interface Configuration {
  /** How the areas are weighted in the overall score. */
  weights: WeightScheme;
  /** Seed of the Dirichlet weights (used only when `weights` is "dirichlet"). */
  dirichletSeed: number;
  aggregation: Aggregation;
  health: boolean;
  education: boolean;
  /** An area left out, or null. */
  dropArea: AreaId | null;
  /** An indicator left out (its code), or null. */
  dropIndicator: string | null;
  scale: IndicatorScale;
  /** How an area's indicators are weighted: the workbooks' formula weights, or a plain mean. */
  withinArea: WithinArea;
}

/** MIPEX's choices: the published overall score with health. */
export const DEFAULT_CONFIGURATION: Readonly<Configuration> = Object.freeze({
  weights: "equal",
  dirichletSeed: 0,
  aggregation: "arithmetic",
  health: true,
  education: true,
  dropArea: null,
  dropIndicator: null,
  scale: "published",
  withinArea: "published"
});

/** The concentration of each area's Dirichlet weight: mean 1/8, standard deviation ≈ 0.037 (about 30 %). */
export const DIRICHLET_CONCENTRATION = 10;

export interface ChoiceLevel {
  id: string;
  label: string;
  description: string;
}

export type ChoiceId = "weights" | "aggregation" | "health" | "education" | "drop_area" | "drop_indicator" | "scale" | "within_area";

export interface Choice {
  id: ChoiceId;
  label: string;
  description: string;
  /** The alternatives; the first is MIPEX's. */
  levels: ChoiceLevel[];
}

/**
 * The eight choices, given the indicator codes (for the drop-one-indicator choice).
 *
 * @example
 * indexChoices(["a1", "a2"]).map((c) => c.levels.length) // [4, 3, 2, 2, 9, 3, 2, 2]
 */
export function indexChoices(indicatorCodes: readonly string[]): Choice[] {
  return [
    {
      id: "weights",
      label: "Area weights",
      description: "How the areas are weighted in the overall score.",
      levels: [
        {id: "equal", label: "Equal", description: "Each area weighs the same (MIPEX)."},
        {id: "per_indicator", label: "Equal per indicator", description: "Each indicator weighs the same: an area weighs as many indicators as it has."},
        {
          id: "pca",
          label: "First principal component",
          description:
            "Weights proportional to the squared loadings of the first principal component of the eight published area scores (standardised), the OECD/JRC handbook's rule."
        },
        {
          id: "dirichlet",
          label: "Random around equal",
          description: `Weights drawn from a Dirichlet distribution with every parameter ${DIRICHLET_CONCENTRATION}: equal on average, each area's weight varying by about 30 %.`
        }
      ]
    },
    {
      id: "aggregation",
      label: "Aggregation",
      description: "How area scores are combined.",
      levels: [
        {id: "arithmetic", label: "Arithmetic mean", description: "Weighted mean of the area scores (MIPEX): a strong area compensates a weak one fully."},
        {
          id: "geometric",
          label: "Geometric mean",
          description:
            "Weighted geometric mean of the area scores plus one point, minus one point (a score of 0 would otherwise make the whole index 0): partial compensation."
        },
        {
          id: "median",
          label: "Median",
          description:
            "Weighted median of the area scores (where the areas' cumulative weight reaches one half; halfway between two areas on an exact half): no compensation."
        }
      ]
    },
    {
      id: "health",
      label: "Health",
      description: "Whether the health area is in the index (MIPEX publishes scores with and without it).",
      levels: [
        {id: "in", label: "In", description: "Eight areas, health included (MIPEX 2020's headline score)."},
        {id: "out", label: "Out", description: "Health left out, as in MIPEX's series comparable with earlier editions."}
      ]
    },
    {
      id: "education",
      label: "Education",
      description: "Whether the education area is in the index (MIPEX publishes a score without health and education).",
      levels: [
        {id: "in", label: "In", description: "Education included (MIPEX)."},
        {id: "out", label: "Out", description: "Education left out."}
      ]
    },
    {
      id: "drop_area",
      label: "Drop one area",
      description: "Leave one area out, as an audit does to see how much each area drives a rank.",
      levels: [
        {id: "none", label: "None", description: "Every area kept (MIPEX)."},
        ...AREAS.map((a) => ({id: a.id, label: a.name, description: `${a.name} left out.`}))
      ]
    },
    {
      id: "drop_indicator",
      label: "Drop one indicator",
      description: "Leave one indicator out; the other indicators of its area keep their relative weights.",
      levels: [
        {id: "none", label: "None", description: "Every indicator kept (MIPEX)."},
        ...indicatorCodes.map((code) => ({id: code, label: code, description: `Indicator ${code} left out.`}))
      ]
    },
    {
      id: "scale",
      label: "Indicator scale",
      description: "The scale of each indicator before it is averaged.",
      levels: [
        {id: "published", label: "Published (0–100)", description: "The published 0/50/100 scores (MIPEX)."},
        {
          id: "rank",
          label: "Rank-normalised",
          description:
            "Each indicator replaced by the countries' percentile rank on it, (rank − 1)/(n − 1) × 100, ties sharing their mean rank: only the order of countries on an indicator counts."
        }
      ]
    },
    {
      id: "within_area",
      label: "Weights inside an area",
      description: "How an area's indicators are weighted.",
      levels: [
        {
          id: "published",
          label: "Workbook formulas",
          description:
            "The weights of the workbooks' area formulas (MIPEX): permanent residence, anti-discrimination and health average sub-means of groups of indicators."
        },
        {id: "equal", label: "Plain mean", description: "Every indicator of an area weighs the same."}
      ]
    }
  ];
}

/** The choices' ids in factor order (the order of {@link indexChoices}). */
export const CHOICE_IDS: readonly ChoiceId[] = ["weights", "aggregation", "health", "education", "drop_area", "drop_indicator", "scale", "within_area"];

/** The index of the level a uniform u ∈ [0, 1) picks among `levels`. */
export function levelIndex(u: number, levels: number): number {
  return Math.min(levels - 1, Math.floor(u * levels));
}

/**
 * The configuration a vector of uniforms picks, one per choice in {@link CHOICE_IDS} order; a choice that is
 * not `enabled` keeps MIPEX's level.
 *
 * @example
 * configurationFromUniforms([0, 0.5, 0.9, 0, 0, 0, 0, 0], ["a1"]).aggregation // "geometric"
 */
export function configurationFromUniforms(
  u: ArrayLike<number>,
  indicatorCodes: readonly string[],
  enabled: readonly boolean[] = CHOICE_IDS.map(() => true)
): Configuration {
  const pick = (factor: number, levels: number) => (enabled[factor] ? levelIndex(u[factor], levels) : 0);
  const weightLevel = pick(0, 4);
  const config: Configuration = {
    ...DEFAULT_CONFIGURATION,
    weights: (["equal", "per_indicator", "pca", "dirichlet"] as const)[weightLevel],
    aggregation: (["arithmetic", "geometric", "median"] as const)[pick(1, 3)],
    health: pick(2, 2) === 0,
    education: pick(3, 2) === 0,
    dropArea: ([null, ...AREA_IDS] as const)[pick(4, AREA_IDS.length + 1)],
    dropIndicator: [null, ...indicatorCodes][pick(5, indicatorCodes.length + 1)],
    scale: (["published", "rank"] as const)[pick(6, 2)],
    withinArea: (["published", "equal"] as const)[pick(7, 2)]
  };
  // The rest of u after the level: a seed for the Dirichlet draw, so the factor stays one number.
  if (config.weights === "dirichlet") config.dirichletSeed = Math.floor((u[0] * 4 - 3) * 4294967296) >>> 0;
  return config;
}

/**
 * The level id each choice takes in a configuration, in {@link CHOICE_IDS} order.
 *
 * @example
 * configurationLevels(DEFAULT_CONFIGURATION) // ["equal", "arithmetic", "in", "in", "none", "none", "published", "published"]
 */
export function configurationLevels(config: Configuration): string[] {
  return [
    config.weights,
    config.aggregation,
    config.health ? "in" : "out",
    config.education ? "in" : "out",
    config.dropArea ?? "none",
    config.dropIndicator ?? "none",
    config.scale,
    config.withinArea
  ];
}

/**
 * The configuration with the given level id for each choice (the inverse of {@link configurationLevels});
 * an unknown level throws, naming the choice.
 *
 * @example
 * configurationFromLevels({aggregation: "median"}).aggregation // "median"
 */
export function configurationFromLevels(levels: Partial<Record<ChoiceId, string>>, indicatorCodes: readonly string[] = [], dirichletSeed = 0): Configuration {
  const choices = indexChoices(indicatorCodes);
  const value = (id: ChoiceId): string => {
    const level = levels[id];
    const choice = choices.find((c) => c.id === id)!;
    if (level === undefined) return choice.levels[0].id;
    if (!choice.levels.some((l) => l.id === level) && !(id === "drop_indicator" && indicatorCodes.length === 0)) {
      throw new Error(`robustness: "${level}" is not a level of ${id}; levels are ${choice.levels.map((l) => l.id).join(", ")}`);
    }
    return level;
  };
  return {
    weights: value("weights") as WeightScheme,
    dirichletSeed,
    aggregation: value("aggregation") as Aggregation,
    health: value("health") === "in",
    education: value("education") === "in",
    dropArea: value("drop_area") === "none" ? null : (value("drop_area") as AreaId),
    dropIndicator: value("drop_indicator") === "none" ? null : value("drop_indicator"),
    scale: value("scale") as IndicatorScale,
    withinArea: value("within_area") as WithinArea
  };
}
