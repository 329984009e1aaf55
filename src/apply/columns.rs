//! Stage and step commands: add, rename, reorder, resize, delete. A stage split
//! into steps keeps its cards in step cells, so adding the first step moves the
//! stage's cards into it and deleting the last step moves them back.

use super::{check_room, key_at, remove_cards};
use crate::change::Tx;
use crate::command::Command;
use crate::error::Result;
use crate::id::*;
use crate::invalid;
use crate::model::*;

pub(super) fn run(tx: &mut Tx<'_>, command: &Command) -> Result<()> {
    match command {
        Command::AddStage {
            map,
            id,
            name,
            index,
            width,
        } => {
            let stages = tx.doc().stages(*map);
            tx.doc().map(*map)?;
            check_room("map_stages", stages.len(), MAX_STAGES)?;
            let keys: Vec<&str> = stages.iter().map(|s| s.key.as_str()).collect();
            let key = key_at(&keys, *index)?;
            tx.add(Stage {
                id: id.unwrap_or_default(),
                map: *map,
                name: name.clone(),
                description: String::new(),
                key,
                width: width.unwrap_or(DEFAULT_STAGE_WIDTH),
                color: None,
            })
        }
        Command::UpdateStage {
            stage,
            name,
            description,
            color,
        } => {
            let mut s = tx.doc().stage(*stage)?.clone();
            if let Some(n) = name {
                s.name = n.clone();
            }
            if let Some(d) = description {
                s.description = d.clone();
            }
            if let Some(c) = color {
                s.color = c.clone();
            }
            tx.update(s)
        }
        Command::MoveStage { stage, index } => {
            let mut s = tx.doc().stage(*stage)?.clone();
            let siblings = tx.doc().stages(s.map);
            let keys: Vec<&str> = siblings
                .iter()
                .filter(|o| o.id != s.id)
                .map(|o| o.key.as_str())
                .collect();
            s.key = key_at(&keys, Some(*index))?;
            tx.update(s)
        }
        Command::ResizeStage { stage, width } => {
            if tx.doc().has_steps(*stage) {
                return Err(invalid!("problem-resize-split-stage"));
            }
            let s = tx.doc().stage(*stage)?.clone();
            tx.update(Stage { width: *width, ..s })
        }
        Command::DeleteStage { stage } => {
            let doc = tx.doc();
            let s = doc.stage(*stage)?;
            let cards: Vec<CardId> = doc
                .cards_of(s.map)
                .filter(|c| c.stage == *stage)
                .map(|c| c.id)
                .collect();
            let emotions: Vec<EmotionId> = doc
                .emotions_of(s.map)
                .filter(|e| e.stage == *stage)
                .map(|e| e.id)
                .collect();
            let steps: Vec<StepId> = doc.steps(*stage).iter().map(|s| s.id).collect();
            remove_cards(tx, cards)?;
            for e in emotions {
                tx.remove(e)?;
            }
            for s in steps {
                tx.remove(s)?;
            }
            tx.remove(*stage)
        }
        Command::AddStep {
            stage,
            id,
            name,
            index,
            width,
        } => add_step(tx, *stage, id.unwrap_or_default(), name, *index, *width),
        Command::RenameStep { step, name } => {
            let s = tx.doc().step(*step)?.clone();
            tx.update(Step {
                name: name.clone(),
                ..s
            })
        }
        Command::MoveStep { step, index } => {
            let mut s = tx.doc().step(*step)?.clone();
            let siblings = tx.doc().steps(s.stage);
            let keys: Vec<&str> = siblings
                .iter()
                .filter(|o| o.id != s.id)
                .map(|o| o.key.as_str())
                .collect();
            s.key = key_at(&keys, Some(*index))?;
            tx.update(s)
        }
        Command::ResizeStep { step, width } => {
            let s = tx.doc().step(*step)?.clone();
            tx.update(Step { width: *width, ..s })
        }
        Command::DeleteStep { step } => delete_step(tx, *step),
        _ => unreachable!("columns::run got {command:?}"),
    }
}

fn add_step(
    tx: &mut Tx<'_>,
    stage: StageId,
    id: StepId,
    name: &str,
    index: Option<usize>,
    width: Option<u32>,
) -> Result<()> {
    let doc = tx.doc();
    let s = doc.stage(stage)?.clone();
    let steps = doc.steps(stage);
    check_room("stage_steps", steps.len(), MAX_STEPS)?;
    let first = steps.is_empty();
    let keys: Vec<&str> = steps.iter().map(|s| s.key.as_str()).collect();
    let key = key_at(&keys, index)?;
    // The first step takes the stage's whole width and all of its cells.
    let default_width = if first { s.width } else { DEFAULT_STEP_WIDTH };
    let movers = if first {
        cells_of(doc, &s, None)
    } else {
        (vec![], vec![])
    };
    tx.add(Step {
        id,
        map: s.map,
        stage,
        name: name.to_string(),
        key,
        width: width.unwrap_or(default_width),
    })?;
    move_cells(tx, movers, Some(id))
}

fn delete_step(tx: &mut Tx<'_>, step: StepId) -> Result<()> {
    let doc = tx.doc();
    let st = doc.step(step)?.clone();
    let stage = doc.stage(st.stage)?.clone();
    let last = doc.steps(st.stage).len() == 1;
    let (cards, emotions) = cells_of(doc, &stage, Some(step));
    if last {
        // Removing the split keeps the cards: they go back to the stage, which
        // takes the step's width.
        tx.remove(step)?;
        tx.update(Stage {
            width: st.width,
            ..stage
        })?;
        move_cells(tx, (cards, emotions), None)
    } else {
        remove_cards(tx, cards.iter().map(|c| c.id).collect())?;
        for e in emotions {
            tx.remove(e.id)?;
        }
        tx.remove(step)
    }
}

/// Cards and emotion points of one column (a stage's own cells, or one step's).
fn cells_of(doc: &Document, stage: &Stage, step: Option<StepId>) -> (Vec<Card>, Vec<EmotionPoint>) {
    let cards = doc
        .cards_of(stage.map)
        .filter(|c| c.stage == stage.id && c.step == step)
        .cloned()
        .collect();
    let emotions = doc
        .emotions_of(stage.map)
        .filter(|e| e.stage == stage.id && e.step == step)
        .cloned()
        .collect();
    (cards, emotions)
}

fn move_cells(
    tx: &mut Tx<'_>,
    (cards, emotions): (Vec<Card>, Vec<EmotionPoint>),
    step: Option<StepId>,
) -> Result<()> {
    for c in cards {
        tx.update(Card { step, ..c })?;
    }
    for e in emotions {
        tx.update(EmotionPoint { step, ..e })?;
    }
    Ok(())
}
