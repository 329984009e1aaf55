// The canvas tools, in the order a press or a double click asks them: the
// first whose place it is takes the gesture. A new tool is one file and one
// line here.

import { cardDrag } from "./cardDrag";
import { channelDrop } from "./channelDrop";
import { emotionDrag } from "./emotionDrag";
import { headerDrag } from "./headerDrag";
import { laneDrop } from "./laneDrop";
import { pan } from "./pan";
import { resize } from "./resize";
import { rubberBand } from "./rubberBand";
import { textEdit } from "./textEdit";
import type { ToolKind } from "./tool";

export const TOOLS: readonly ToolKind[] = [pan, resize, headerDrag, emotionDrag, cardDrag, rubberBand, textEdit, channelDrop, laneDrop];
