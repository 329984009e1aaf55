// Turning a drop of several cards into `move_card` commands. Each command
// counts its index without the card it moves, and they apply in order, so the
// indices are worked out on a simulated cell: the cards land together, in the
// order given, at the drop place.

import type { Command, Id } from "./types";

export interface Target {
  lane: Id;
  stage: Id;
  step: Id | null;
}

/**
 * Commands that put `moving` (in this order) into the target cell at `index`,
 * where `index` counts the target cell's cards without any of `moving`.
 * `cellNow` is the target cell's cards as they are before the move.
 */
export function planMoves(cellNow: Id[], moving: Id[], target: Target, index: number): Command[] {
  const movingSet = new Set(moving);
  const others = cellNow.filter((id) => !movingSet.has(id));
  const at = Math.max(0, Math.min(index, others.length));
  const final = [...others.slice(0, at), ...moving, ...others.slice(at)];
  const rank = new Map(final.map((id, i) => [id, i]));
  const current = [...cellNow];
  // Cards that will not move again: the others, and the moving cards already
  // placed. They are always in their final order among themselves, so each
  // card goes right after the last of them that comes before it.
  const settled = new Set(others);
  const commands: Command[] = [];
  for (const card of moving) {
    const from = current.indexOf(card);
    if (from >= 0) current.splice(from, 1);
    const mine = rank.get(card)!;
    let i = 0;
    current.forEach((id, at) => {
      if (settled.has(id) && rank.get(id)! < mine) i = at + 1;
    });
    current.splice(i, 0, card);
    settled.add(card);
    commands.push({ type: "move_card", card, lane: target.lane, stage: target.stage, step: target.step, index: i });
  }
  return commands;
}

/**
 * One undo step for a multi-card edit: a batch when there is more than one
 * command, named by a message key (with its arguments) for the undo menu.
 */
export function oneStep(commands: Command[], key: string, args: Record<string, string | number> = {}): Command | null {
  if (commands.length === 0) return null;
  if (commands.length === 1) return commands[0]!;
  return { type: "batch", label: { key, args }, commands };
}

/** True when a move would put every card exactly where it already is. */
export function isNoOp(cellNow: Id[], moving: Id[], index: number): boolean {
  if (!moving.every((id) => cellNow.includes(id))) return false;
  const movingSet = new Set(moving);
  const others = cellNow.filter((id) => !movingSet.has(id));
  const at = Math.max(0, Math.min(index, others.length));
  const final = [...others.slice(0, at), ...moving, ...others.slice(at)];
  return final.every((id, i) => cellNow[i] === id);
}
