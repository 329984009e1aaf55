// The page's copy of the open project: every record by id, patched only with
// the changes the core returns. Queries mirror the core's orderings (siblings
// sort by their order key, compared as plain strings).

import type {
  CardRec,
  Change,
  EmotionRec,
  Id,
  LaneRec,
  MapRec,
  PersonaRec,
  ProjectRec,
  Rec,
  StageRec,
  StepRec,
} from "./types";

const byKey = <T extends { key: string; id: Id }>(a: T, b: T) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A column of a map: a stage, or one step of a split stage. */
export interface Column {
  stage: StageRec;
  step: StepRec | null;
}

export class Records {
  private all = new Map<Id, Rec>();

  constructor(records: Rec[] = []) {
    for (const r of records) this.all.set(r.id, r);
  }

  /**
   * The records after a change: a new object (sharing the records that did
   * not change), so that views holding the old one see that it changed.
   */
  with(change: Change): Records {
    const next = new Records();
    next.all = new Map(this.all);
    next.apply(change);
    return next;
  }

  /** Apply a change from the core, op by op, in order. */
  apply(change: Change): void {
    for (const op of change.ops) {
      if (op.op === "add") this.all.set(op.record.id, op.record);
      else if (op.op === "update") this.all.set(op.to.id, op.to);
      else this.all.delete(op.record.id);
    }
  }

  get(id: Id | null | undefined): Rec | undefined {
    return id ? this.all.get(id) : undefined;
  }

  private ofType<T extends Rec>(type: T["type"]): T[] {
    const out: T[] = [];
    for (const r of this.all.values()) if (r.type === type) out.push(r as T);
    return out;
  }

  project(): ProjectRec | undefined {
    return this.ofType<ProjectRec>("project")[0];
  }
  maps(): MapRec[] {
    return this.ofType<MapRec>("map").sort(byKey);
  }
  map(id: Id | null | undefined): MapRec | undefined {
    const r = this.get(id);
    return r?.type === "map" ? r : undefined;
  }
  personas(): PersonaRec[] {
    return this.ofType<PersonaRec>("persona").sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  }
  persona(id: Id | null | undefined): PersonaRec | undefined {
    const r = this.get(id);
    return r?.type === "persona" ? r : undefined;
  }
  stages(map: Id): StageRec[] {
    return this.ofType<StageRec>("stage")
      .filter((s) => s.map === map)
      .sort(byKey);
  }
  stage(id: Id | null | undefined): StageRec | undefined {
    const r = this.get(id);
    return r?.type === "stage" ? r : undefined;
  }
  steps(stage: Id): StepRec[] {
    return this.ofType<StepRec>("step")
      .filter((s) => s.stage === stage)
      .sort(byKey);
  }
  step(id: Id | null | undefined): StepRec | undefined {
    const r = this.get(id);
    return r?.type === "step" ? r : undefined;
  }
  lanes(map: Id): LaneRec[] {
    return this.ofType<LaneRec>("lane")
      .filter((l) => l.map === map)
      .sort(byKey);
  }
  lane(id: Id | null | undefined): LaneRec | undefined {
    const r = this.get(id);
    return r?.type === "lane" ? r : undefined;
  }
  card(id: Id | null | undefined): CardRec | undefined {
    const r = this.get(id);
    return r?.type === "card" ? r : undefined;
  }
  emotion(id: Id | null | undefined): EmotionRec | undefined {
    const r = this.get(id);
    return r?.type === "emotion" ? r : undefined;
  }
  /** Columns left to right: stages, with split stages replaced by their steps. */
  columns(map: Id): Column[] {
    const out: Column[] = [];
    for (const stage of this.stages(map)) {
      const steps = this.steps(stage.id);
      if (steps.length === 0) out.push({ stage, step: null });
      else for (const step of steps) out.push({ stage, step });
    }
    return out;
  }
  /** Cards of one cell, in order. */
  cardsIn(lane: Id, stage: Id, step: Id | null): CardRec[] {
    return this.ofType<CardRec>("card")
      .filter((c) => c.lane === lane && c.stage === stage && (c.step ?? null) === (step ?? null))
      .sort(byKey);
  }
  cardsOf(map: Id): CardRec[] {
    return this.ofType<CardRec>("card").filter((c) => c.map === map);
  }
  emotionAt(lane: Id, stage: Id, step: Id | null): EmotionRec | undefined {
    return this.ofType<EmotionRec>("emotion").find(
      (e) => e.lane === lane && e.stage === stage && (e.step ?? null) === (step ?? null),
    );
  }
  size(): number {
    return this.all.size;
  }
}
