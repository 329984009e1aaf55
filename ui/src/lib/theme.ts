// The visual constants shared with the exporters (assets/theme.json), and
// the colours a user can pick (light card colours that keep dark text
// readable; dark header colours for white text).
import theme from "../../../assets/theme.json";

export { theme };

/** Colours a user can give a card. */
export const SWATCHES: readonly string[] = theme.swatches.card;
/** Colours a user can give a stage or lane header. */
export const HEADER_SWATCHES: readonly string[] = theme.swatches.header;
