/**
 * A profile's integration approach: the trained classifier (lib/findings/dimensions/clusters.ts: CATPCA + k-means,
 * applied by lib/findings/dimensions/classifier.ts classifyApproach) beside the approach MIPEX publishes
 * (approach_groups).
 */
import {oncePerTables} from "../../mipex/once-per-tables.ts";
import type {Approach} from "../../mipex/approach-groups.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {classifyApproach, type ApproachModel, type Classification} from "../dimensions/classifier.ts";
import {trainApproachModel} from "../dimensions/clusters.ts";
import {fitDimensions} from "../dimensions/fit.ts";
import {indicatorMatrix, type IndicatorMatrix} from "../dimensions/indicator-matrix.ts";
import {publishedApproaches, type PublishedApproach} from "../dimensions/published.ts";
import {PROFILE_EDITION, PROFILE_YEAR} from "./profile-year.ts";

export interface ProfileApproach {
  computed: Approach;
  cluster: number;
  margin: number;
  nearestOtherApproach: Approach;
  published: Approach | null;
  publishedAlternatives: Approach[];
  publishedConfidence: string | null;
  publishedTopTen: boolean;
  publishedNote: string | null;
  /** "match", "differs", "conflict" (two published approaches) or "unpublished". */
  status: "match" | "differs" | "conflict" | "unpublished";
}

/**
 * The approach classifier the dimensions page trains (same method, same seed), so a profile and the
 * simulator classify with the model page and CLI use. Trained once per process for the same scores: the
 * pre-build runner runs the country and what-if loaders in one process, and both need it.
 *
 * @example (needs the workbooks)
 * trainedApproachModel(tables).indicators.length // 59
 */
export function trainedApproachModel(tables: Pick<WorkspaceTables, "indicators" | "indicator_scores">): ApproachModel {
  return trainedOnce(tables);
}

const trainedOnce = oncePerTables(
  (tables: Pick<WorkspaceTables, "indicators" | "indicator_scores">) =>
    trainApproachModel(fitDimensions(indicatorMatrix(tables, {edition: PROFILE_EDITION, year: PROFILE_YEAR}), "catpca")).model,
  (tables) => tables.indicator_scores
);

/**
 * Every country of the {@link PROFILE_YEAR} indicator matrix classified by `model`, by ISO3, with the
 * matrix itself (its rows are the countries, its columns the weighted indicators).
 *
 * @example (needs the workbooks)
 * classifyCountries(tables, trainedApproachModel(tables)).classified.get("SWE")!.approach // "Comprehensive integration"
 */
export function classifyCountries(
  tables: Pick<WorkspaceTables, "indicators" | "indicator_scores">,
  model: ApproachModel
): {matrix: IndicatorMatrix; classified: Map<string, Classification>} {
  const matrix = indicatorMatrix(tables, {edition: PROFILE_EDITION, year: PROFILE_YEAR});
  const classified = new Map(
    matrix.countries.map((iso3, i) => [
      iso3,
      classifyApproach(
        model,
        model.indicators.map((code) => matrix.values[i][matrix.indicators.findIndex((ind) => ind.code === code)] ?? null)
      )
    ])
  );
  return {matrix, classified};
}

/**
 * The classifier's approach beside the published one, and whether they agree.
 *
 * @example (needs the workbooks)
 * const sweden = classifyCountries(tables, trainedApproachModel(tables)).classified.get("SWE")!;
 * const published = publishedProfileApproaches(tables).get("SWE");
 * const {computed, published: stated, status} = profileApproach(sweden, published);
 * [computed, stated, status] // ["Comprehensive integration", "Comprehensive integration", "match"]
 */
export function profileApproach(cls: Classification, pub: PublishedApproach | undefined): ProfileApproach {
  return {
    computed: cls.approach,
    cluster: cls.cluster,
    margin: cls.margin,
    nearestOtherApproach: cls.nearestOtherApproach,
    published: pub?.approach ?? null,
    publishedAlternatives: pub?.alternatives ?? [],
    publishedConfidence: pub?.confidence ?? null,
    publishedTopTen: pub?.topTen ?? false,
    publishedNote: pub?.note ?? null,
    status: !pub ? "unpublished" : pub.conflict ? "conflict" : pub.approach === cls.approach ? "match" : "differs"
  };
}

/**
 * The published approaches of {@link PROFILE_YEAR}, by ISO3.
 *
 * @example (needs the workbooks)
 * publishedProfileApproaches(tables).get("SWE")?.approach // "Comprehensive integration"
 */
export function publishedProfileApproaches(tables: Pick<WorkspaceTables, "approach_groups">): Map<string, PublishedApproach> {
  return publishedApproaches(tables.approach_groups, PROFILE_YEAR);
}
