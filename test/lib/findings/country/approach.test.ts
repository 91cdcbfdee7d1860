import {describe, expect, it} from "vitest";
import {profileApproach, trainedApproachModel} from "../../../../lib/findings/country/approach.ts";
import type {Classification} from "../../../../lib/findings/dimensions/classifier.ts";
import type {PublishedApproach} from "../../../../lib/findings/dimensions/published.ts";
import {haveSources, needing} from "../../../have-sources.ts";
import {cachedMipex} from "../../../../loaders/mipex/cached-tables.ts";

const cls = {approach: "Comprehensive integration", cluster: 2, margin: 0.4, nearestOtherApproach: "Equality on paper"} as Classification;
const pub = (over: Partial<PublishedApproach>) =>
  ({approach: "Comprehensive integration", alternatives: [], conflict: false, confidence: "high", topTen: true, note: null, ...over}) as PublishedApproach;

describe("profileApproach", () => {
  it("says whether the classifier and MIPEX agree, differ, cannot be compared", () => {
    expect(profileApproach(cls, pub({}))).toMatchObject({
      computed: "Comprehensive integration",
      published: "Comprehensive integration",
      publishedTopTen: true,
      status: "match"
    });
    expect(profileApproach(cls, pub({approach: "Equality on paper"})).status).toBe("differs");
    expect(profileApproach(cls, pub({approach: null, conflict: true, alternatives: ["Equality on paper", "Temporary integration"]})).status).toBe("conflict");
    expect(profileApproach(cls, undefined)).toMatchObject({published: null, publishedAlternatives: [], publishedTopTen: false, status: "unpublished"});
  });
});

describe.skipIf(!haveSources("mipex_core"))(needing("trainedApproachModel", "mipex_core"), () => {
  it("trains once per process for the same scores", async () => {
    const {tables} = await cachedMipex();
    expect(trainedApproachModel(tables)).toBe(trainedApproachModel(tables));
  });
});
