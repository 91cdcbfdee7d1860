import {combineFlags} from "./flags.ts";
import type {Observation} from "./observation.ts";
import {round} from "../format/number.ts";

/** A series reference: indicator and group, as in the catalogue. */
export interface SeriesRef {
  indicator: string;
  group: string;
}

/** How a derived indicator was made; becomes its catalogue entry's `derivedFrom` and `derivation`. */
export interface DerivedDefinition extends SeriesRef {
  label: string;
  unit: string;
  derivedFrom: SeriesRef[];
  derivation: string;
}

/**
 * The id a catalogue uses for a series.
 *
 * @example
 * seriesId({indicator: "lfsa_ergan.Y20-64", group: "citizen=NAT;sex=T"}) // "lfsa_ergan.Y20-64|citizen=NAT;sex=T"
 */
export function seriesId(s: SeriesRef): string {
  return `${s.indicator}|${s.group}`;
}

/** Float noise (76.1 - 60.3 = 15.799999999999997) is rounded away at 6 decimals; inputs have at most 4. */
function clean(x: number): number {
  return round(x, 6);
}

const geoKey = (o: Observation) => o.iso3 ?? `geo:${o.geo}`;

/**
 * Non-null, non-conflicting values of one series by geography and year. A key with conflicting values
 * (within a file or across files) is left out: a derived value must not pick one quote over another
 * silently; where it would have been derived, a conflicted derived value says so (conflictedObservation).
 */
function valuesOf(observations: Observation[], ref: SeriesRef): Map<string, Observation> {
  const out = new Map<string, Observation>();
  for (const o of observations) {
    if (o.indicator !== ref.indicator || o.group !== ref.group || o.value === null || o.conflict || o.derived) continue;
    out.set(`${geoKey(o)}|${o.year}`, o);
  }
  return out;
}

/** Rows of one series in conflict (within a file or across files), by geography and year. */
function conflictsOf(observations: Observation[], ref: SeriesRef): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.indicator !== ref.indicator || o.group !== ref.group || !o.conflict || o.derived) continue;
    const key = `${geoKey(o)}|${o.year}`;
    out.set(key, [...(out.get(key) ?? []), o]);
  }
  return out;
}

/**
 * A derived value that cannot be computed because an input is in conflict: value null, `conflict` set, so
 * it is left out of statistics and listed like its inputs, never computed from the remaining years or rows.
 */
function conflictedObservation(def: DerivedDefinition, base: Observation, inputs: Observation[]): Observation {
  const rows = inputs.map((o) => `${o.value ?? "empty"} (${o.sourceFile} row ${o.row})`).join(" vs ");
  return {
    ...derivedObservation(
      def,
      base,
      0,
      inputs,
      `not computed: ${base.geo} ${inputs[0].year} ${inputs[0].indicator} [${inputs[0].group}] is in conflict: ${rows}`
    ),
    value: null,
    conflict: true
  };
}

function derivedObservation(def: DerivedDefinition, base: Observation, value: number, inputs: Observation[], note: string): Observation {
  return {
    iso3: base.iso3,
    geo: base.geo,
    geoLabel: base.geoLabel,
    isAggregate: base.isAggregate,
    year: base.year,
    indicator: def.indicator,
    indicatorLabel: def.label,
    group: def.group,
    groupLabel: def.group === "sex=T" ? "sex: Total" : def.group,
    value: clean(value),
    flag: combineFlags(inputs.map((o) => o.flag)),
    unit: def.unit,
    source: `derived: ${def.derivation}`,
    sourceFile: [...new Set(inputs.map((o) => o.sourceFile))].join("; "),
    row: 0,
    note,
    conflict: false,
    derived: true,
    dimensions: {},
    dimensionLabels: {}
  };
}

/**
 * `a − b` for every geography and year where both series have a value (flags of both are combined).
 *
 * @example (needs the workbooks)
 * // Sweden 2019 (lfsa_ergan Y20-64, sex T): nationals 84.5, non-EU citizens 55.5 → 29 percentage points
 * const def = DERIVED_DEFINITIONS.find((d) => d.indicator === "derived.employment_rate_gap_nat_minus_noneu.Y20-64")!;
 * const gaps = combineSeries(observations, def, def.derivedFrom[0], def.derivedFrom[1], (a, b) => a - b);
 * gaps.find((o) => o.iso3 === "SWE" && o.year === 2019)!.value // ≈ 29.0
 */
export function combineSeries(
  observations: Observation[],
  def: DerivedDefinition,
  a: SeriesRef,
  b: SeriesRef,
  combine: (a: number, b: number) => number
): Observation[] {
  const left = valuesOf(observations, a);
  const right = valuesOf(observations, b);
  const out: Observation[] = [];
  const leftConflicts = conflictsOf(observations, a);
  const rightConflicts = conflictsOf(observations, b);
  for (const key of new Set([...leftConflicts.keys(), ...rightConflicts.keys()])) {
    const inputs = [...(leftConflicts.get(key) ?? []), ...(rightConflicts.get(key) ?? [])];
    // Only where a value would be derived but for the conflict: the other series has the key too.
    if ((leftConflicts.has(key) || left.has(key)) && (rightConflicts.has(key) || right.has(key))) out.push(conflictedObservation(def, inputs[0], inputs));
  }
  for (const [key, x] of left) {
    const y = right.get(key);
    if (!y) continue;
    const value = combine(x.value!, y.value!);
    if (!Number.isFinite(value)) continue;
    out.push(
      derivedObservation(
        def,
        x,
        value,
        [x, y],
        `${a.group}: ${x.value}${x.flag ? ` ${x.flag}` : ""} (${x.sourceFile} row ${x.row}); ${b.group}: ${y.value}${y.flag ? ` ${y.flag}` : ""} (${y.sourceFile} row ${y.row})`
      )
    );
  }
  return out;
}

/**
 * The mean of a series over `[from, to]` per geography, when at least `minYears` of those years have a value;
 * the result carries year `to`. Single-year naturalisation rates swing with one-off campaigns and backlogs,
 * hence a period mean.
 *
 * @example (needs the workbooks)
 * // Sweden non-EU naturalisation rate 2014–2019: (8.1 + 8.57 + 10.08 + 10.51 + 8.78 + 8.38) / 6 = 9.07
 * const def = DERIVED_DEFINITIONS.find((d) => d.indicator === "derived.naturalisation_rate_nonEU_citizens.mean_2014_2019")!;
 * const means = periodMean(observations, def, {indicator: "naturalisation_rate_nonEU_citizens", group: "sex=T"}, 2014, 2019, 4);
 * means.find((o) => o.iso3 === "SWE")!.value // ≈ 9.07
 */
export function periodMean(observations: Observation[], def: DerivedDefinition, ref: SeriesRef, from: number, to: number, minYears: number): Observation[] {
  const byGeo = new Map<string, Observation[]>();
  for (const o of valuesOf(observations, ref).values()) {
    if (o.year < from || o.year > to) continue;
    const list = byGeo.get(geoKey(o)) ?? [];
    list.push(o);
    byGeo.set(geoKey(o), list);
  }
  const out: Observation[] = [];
  const conflicted = new Map<string, Observation[]>();
  for (const list of conflictsOf(observations, ref).values()) {
    if (list[0].year < from || list[0].year > to) continue;
    const geo = geoKey(list[0]);
    conflicted.set(geo, [...(conflicted.get(geo) ?? []), ...list]);
  }
  for (const inputs of conflicted.values()) out.push(conflictedObservation(def, {...inputs[0], year: to}, inputs));
  for (const [geo, list] of byGeo) {
    // A mean over the years left after dropping a conflicting one would be a silent choice.
    if (conflicted.has(geo) || list.length < minYears) continue;
    list.sort((p, q) => p.year - q.year);
    const mean = list.reduce((s, o) => s + o.value!, 0) / list.length;
    const last = list[list.length - 1];
    out.push(derivedObservation(def, {...last, year: to}, mean, list, `mean of ${list.length} years (${list.map((o) => o.year).join(", ")})`));
  }
  return out;
}

/**
 * The years and threshold for period means: 2014–2019 (MIPEX 2020's reference period), at least 4 of 6 years.
 *
 * @example
 * NATURALISATION_PERIOD.minYears // 4
 */
export const NATURALISATION_PERIOD = {from: 2014, to: 2019, minYears: 4} as const;

const lfs = (dataset: string, age: string, citizen: string): SeriesRef => ({indicator: `${dataset}.${age}`, group: `citizen=${citizen};sex=T`});

/**
 * The derived indicators. Every gap is signed so that a positive value means non-EU (or foreign) citizens are
 * worse off than nationals:
 * - employment-rate gap = nationals − non-EU citizens, age 20–64 (lfsa_ergan TSV), in percentage points;
 *   for age 15–64 the shared export has no non-EU breakdown, so that gap is nationals − all foreign citizens;
 * - unemployment-rate gap = non-EU citizens − nationals, age 20–64 (lfsa_urgan);
 * - self-perceived health gap = nationals − non-EU citizens, share "very good or good", age 16+ (hlth_silc_24);
 * - median income ratio = non-EU citizens' median equivalised net income / nationals' × 100, age 18+ (ilc_di15);
 * - naturalisation rate, mean 2014–2019 (≥ 4 years), non-EU and all foreign citizens (tidy migr_acqs file).
 *
 * @example
 * DERIVED_DEFINITIONS.map((d) => d.indicator)[0] // "derived.employment_rate_gap_nat_minus_noneu.Y20-64"
 */
export const DERIVED_DEFINITIONS: readonly (DerivedDefinition & {compute: (obs: Observation[], def: DerivedDefinition) => Observation[]})[] = [
  ...(["Y20-64", "Y15-64"] as const).map((age) => {
    const other = age === "Y20-64" ? "NEU27_2020_FOR" : "FOR";
    const who = age === "Y20-64" ? "non-EU citizens" : "foreign citizens (all; the 15–64 export has no non-EU breakdown)";
    const from = [lfs("lfsa_ergan", age, "NAT"), lfs("lfsa_ergan", age, other)];
    return {
      indicator: `derived.employment_rate_gap_nat_minus_${age === "Y20-64" ? "noneu" : "foreign"}.${age}`,
      group: "sex=T",
      label: `Employment-rate gap, nationals minus ${who}, age ${age.slice(1)}`,
      unit: "percentage points",
      derivedFrom: from,
      derivation: `lfsa_ergan ${age}, sex T: employment rate of nationals (citizen=NAT) minus that of ${who} (citizen=${other}), same country and year; positive = ${age === "Y20-64" ? "non-EU" : "foreign"} citizens less often employed`,
      compute: (obs: Observation[], def: DerivedDefinition) => combineSeries(obs, def, from[0], from[1], (a, b) => a - b)
    };
  }),
  (() => {
    const from = [lfs("lfsa_urgan", "Y20-64", "NEU27_2020_FOR"), lfs("lfsa_urgan", "Y20-64", "NAT")];
    return {
      indicator: "derived.unemployment_rate_gap_noneu_minus_nat.Y20-64",
      group: "sex=T",
      label: "Unemployment-rate gap, non-EU citizens minus nationals, age 20-64",
      unit: "percentage points",
      derivedFrom: from,
      derivation:
        "lfsa_urgan Y20-64, sex T: unemployment rate of non-EU citizens (citizen=NEU27_2020_FOR) minus that of nationals (citizen=NAT), same country and year; positive = non-EU citizens more often unemployed",
      compute: (obs: Observation[], def: DerivedDefinition) => combineSeries(obs, def, from[0], from[1], (a, b) => a - b)
    };
  })(),
  (() => {
    const from = [
      {indicator: "hlth_silc_24.Y_GE16.VG_G", group: "citizen=NAT;sex=T"},
      {indicator: "hlth_silc_24.Y_GE16.VG_G", group: "citizen=NEU27_2020_FOR;sex=T"}
    ];
    return {
      indicator: "derived.health_good_gap_nat_minus_noneu.Y_GE16",
      group: "sex=T",
      label: "Self-perceived health gap: share 'very good or good', nationals minus non-EU citizens, age 16+",
      unit: "percentage points",
      derivedFrom: from,
      derivation:
        "hlth_silc_24 Y_GE16, lev_perc VG_G, sex T: share of nationals (citizen=NAT) rating their health very good or good minus the share of non-EU citizens (citizen=NEU27_2020_FOR); positive = non-EU citizens report worse health (not age-standardised: non-EU citizens are younger on average)",
      compute: (obs: Observation[], def: DerivedDefinition) => combineSeries(obs, def, from[0], from[1], (a, b) => a - b)
    };
  })(),
  (() => {
    const from = [
      {indicator: "ilc_di15.MED_E.Y_GE18", group: "citizen=NEU27_2020_FOR;sex=T"},
      {indicator: "ilc_di15.MED_E.Y_GE18", group: "citizen=NAT;sex=T"}
    ];
    return {
      indicator: "derived.median_income_ratio_noneu_to_nat.Y_GE18",
      group: "sex=T",
      label: "Median equivalised net income of non-EU citizens as % of nationals', age 18+",
      unit: "% of nationals' median",
      derivedFrom: from,
      derivation:
        "ilc_di15 MED_E Y_GE18, sex T: median equivalised net income of non-EU citizens (citizen=NEU27_2020_FOR) divided by that of nationals (citizen=NAT), × 100, same country and year; below 100 = non-EU citizens poorer",
      compute: (obs: Observation[], def: DerivedDefinition) => combineSeries(obs, def, from[0], from[1], (a, b) => (b === 0 ? NaN : (100 * a) / b))
    };
  })(),
  ...(["naturalisation_rate_nonEU_citizens", "naturalisation_rate_all_foreign_citizens"] as const).map((indicator) => {
    const {from, to, minYears} = NATURALISATION_PERIOD;
    const ref = {indicator, group: "sex=T"};
    return {
      indicator: `derived.${indicator}.mean_${from}_${to}`,
      group: "sex=T",
      label: `${indicator === "naturalisation_rate_nonEU_citizens" ? "Naturalisation rate of non-EU citizens" : "Naturalisation rate of all foreign citizens"}, mean ${from}–${to}`,
      unit: "acquisitions of citizenship per 100 resident foreign (or non-EU) citizens, yearly mean",
      derivedFrom: [ref],
      derivation: `mean of ${indicator} (sex=T) over ${from}–${to} per country, when at least ${minYears} of the ${to - from + 1} years have a value (conflicting values left out); dated ${to}. Single years are volatile (campaigns, backlogs), so the mean is the comparable figure`,
      compute: (obs: Observation[], def: DerivedDefinition) => periodMean(obs, def, ref, from, to, minYears)
    };
  })
];

/**
 * Computes every derived indicator whose inputs are present. Returns the observations (marked `derived`) and the
 * definitions that produced at least one value.
 *
 * @example (needs the workbooks)
 * const derived = deriveIndicators(observations.filter((o) => !o.derived));
 * derived.definitions.length // 7
 * derived.observations.find((o) => o.indicator === "derived.employment_rate_gap_nat_minus_noneu.Y20-64" && o.iso3 === "SWE" && o.year === 2019)?.value // ≈ 29.0
 */
export function deriveIndicators(observations: Observation[]): {observations: Observation[]; definitions: DerivedDefinition[]} {
  const out: Observation[] = [];
  const definitions: DerivedDefinition[] = [];
  for (const {compute, ...def} of DERIVED_DEFINITIONS) {
    const values = compute(observations, def);
    if (values.length === 0) continue;
    out.push(...values);
    definitions.push(def);
  }
  return {observations: out, definitions};
}
