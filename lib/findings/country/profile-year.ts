/**
 * The edition and years a country profile is about: MIPEX 2020's 2019 scores, and the 2014 scores its
 * "what changed" section compares them with.
 */
import type {Edition} from "../../mipex/editions.ts";

/**
 * The edition of a profile's ranks, approach, dimensions and indicator answers.
 *
 * @example
 * PROFILE_EDITION // "2020"
 */
export const PROFILE_EDITION: Edition = "2020";

/**
 * The year of a profile's ranks, approach, dimensions and indicator answers.
 *
 * @example
 * PROFILE_YEAR // 2019
 */
export const PROFILE_YEAR = 2019;

/**
 * The year the changed indicators are counted from (to {@link PROFILE_YEAR}, in {@link PROFILE_EDITION}).
 *
 * @example
 * [CHANGE_FROM_YEAR, PROFILE_YEAR] // [2014, 2019]
 */
export const CHANGE_FROM_YEAR = 2014;
