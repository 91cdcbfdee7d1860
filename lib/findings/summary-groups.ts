import {euCohort, isEuMember} from "../countries/eu-members.ts";
import type {SummaryGroupId} from "../mipex/published-summary-figures.ts";
import type {CountryRow} from "../mipex/workspace-tables.ts";

/** The reference year of MIPEX 2020: group membership is as it stood then. */
export const SUMMARY_GROUP_YEAR = 2019;

/** One reading of a group's membership. */
export interface GroupMembership {
  label: string;
  /** How membership is defined, in the words the pages print. */
  membership: string;
  member: (c: CountryRow) => boolean;
}

/**
 * The country groups MIPEX 2020 states "averages" for, each with the membership that reproduces its figure
 * and, where MIPEX's wording allows more than one reading, the other readings (computed beside it, so
 * the page can show which ones reproduce the figure).
 */
export interface SummaryGroup extends GroupMembership {
  id: SummaryGroupId;
  alternatives: GroupMembership[];
}

const LAUNCH_ADDITIONS = new Set(["ARE", "JOR", "SAU", "ZAF"]);
const OLD_MEMBERS = euCohort("old", SUMMARY_GROUP_YEAR);
const NEW_MEMBERS = euCohort("new", SUMMARY_GROUP_YEAR);

/**
 * @example
 * summaryGroup("eu15").membership // "the 15 member states before the 2004 enlargement, the United Kingdom included (members in 2019)"
 */
export const SUMMARY_GROUPS: readonly SummaryGroup[] = [
  {id: "all", label: "All MIPEX 2020 countries", membership: "the 56 countries MIPEX 2020 scores", member: () => true, alternatives: []},
  {
    id: "eu",
    label: "EU (members in 2019, EU28)",
    membership: "the 28 EU member states in 2019, the United Kingdom included (it left on 31 January 2020)",
    member: (c) => isEuMember(c.iso3, SUMMARY_GROUP_YEAR),
    alternatives: [{label: "EU27 (today's members)", membership: "the 27 member states after the United Kingdom left", member: (c) => c.eu27}]
  },
  {
    id: "oecd",
    label: "OECD (members in 2019)",
    membership: "the 36 OECD members in 2019 (Colombia joined in 2020, Costa Rica in 2021)",
    member: (c) => c.oecd,
    alternatives: []
  },
  {
    id: "launch_52",
    label: "The 52 countries at launch",
    membership: "the 56 countries without the United Arab Emirates, Jordan, Saudi Arabia and South Africa (not in the launch figures)",
    member: (c) => !LAUNCH_ADDITIONS.has(c.iso3),
    alternatives: []
  },
  {
    id: "eu15",
    label: "Old EU member states (EU15)",
    membership: "the 15 member states before the 2004 enlargement, the United Kingdom included (members in 2019)",
    member: (c) => OLD_MEMBERS.has(c.iso3),
    alternatives: [
      {
        label: "EU14 (old member states without the United Kingdom)",
        membership: "the 14 old member states still in the EU after 2020",
        member: (c) => OLD_MEMBERS.has(c.iso3) && c.iso3 !== "GBR"
      }
    ]
  },
  {
    id: "eu13",
    label: "New EU member states (EU13)",
    membership: "the 13 member states that joined in 2004, 2007 and 2013",
    member: (c) => NEW_MEMBERS.has(c.iso3),
    alternatives: []
  },
  {
    id: "traditional_destinations",
    label: "Traditional destinations",
    membership: "Australia, Canada, New Zealand and the United States",
    member: (c) => c.traditional_destination,
    alternatives: []
  }
];

/**
 * @example
 * summaryGroup("oecd").label // "OECD (members in 2019)"
 */
export function summaryGroup(id: SummaryGroupId): SummaryGroup {
  const group = SUMMARY_GROUPS.find((g) => g.id === id);
  if (!group) throw new Error(`No membership is defined for the summary group "${id}"`);
  return group;
}
