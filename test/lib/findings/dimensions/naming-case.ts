// A small naming case shared by the naming and dimension-score tests: two secure-future areas load on
// component 1, anti-discrimination on 2, education and health on 3.
import type {AreaId} from "../../../../lib/mipex/areas.ts";

export const ind = (code: string, area: AreaId) => ({code, area, title: code});
export const indicators = [
  ind("fr1", "family_reunification"),
  ind("fr2", "family_reunification"),
  ind("an1", "access_to_nationality"),
  ind("ad1", "anti_discrimination"),
  ind("ad2", "anti_discrimination"),
  ind("ed1", "education"),
  ind("he1", "health")
];
export const loadings = [
  [0.9, 0.1, 0.0],
  [0.8, 0.2, 0.1],
  [0.7, 0.0, 0.3],
  [0.1, 0.9, 0.0],
  [0.2, 0.8, 0.1],
  [0.0, 0.1, 0.9],
  [0.1, 0.3, 0.7]
];
