// The panel page (src/panel.md) and the 2025 edition's scores for the explorer's within-countries mode: lib/findings/panel.ts.
import {panel} from "../../lib/findings/panel.ts";
import {findingsLoader} from "../../loaders/findings-loader.ts";

export default findingsLoader(import.meta.url, panel);
