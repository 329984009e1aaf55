// The visual constants shared with the exporters (assets/theme.json).
import theme from "../../../assets/theme.json";

export { theme };

/** Colours a user can give a card, stage or lane: light enough for dark text, distinct from each other. */
export const SWATCHES = ["#fff5d6", "#ffebe9", "#dafbe1", "#e7f0fd", "#f3eefe", "#ffeff7", "#e0f6f8", "#eef1f4"];
export const HEADER_SWATCHES = ["#24292f", "#0550ae", "#1a7f37", "#9a6700", "#bc4c00", "#cf222e", "#8250df", "#0a7d8c"];
