//! Persona and image commands: create, edit, delete, link and unlink personas;
//! store images (decoded and bounded by [`crate::images`]).

use super::{check_room, drop_asset_if_unused};
use crate::change::Tx;
use crate::command::{Command, PersonaPatch};
use crate::error::Result;
use crate::images;
use crate::invalid;
use crate::model::*;

pub(super) fn run(tx: &mut Tx<'_>, command: &Command) -> Result<()> {
    match command {
        Command::CreatePersona { id, name } => {
            check_room(
                "project_personas",
                tx.doc().personas().count(),
                MAX_PERSONAS,
            )?;
            tx.add(Persona {
                id: id.unwrap_or_default(),
                name: name.clone(),
                ..Persona::default()
            })
        }
        Command::UpdatePersona { persona, patch } => {
            let old = tx.doc().persona(*persona)?.clone();
            let mut p = old.clone();
            apply_patch(&mut p, patch);
            tx.update(p)?;
            match old.photo {
                Some(photo) if patch.photo.is_some() => drop_asset_if_unused(tx, photo),
                _ => Ok(()),
            }
        }
        Command::DeletePersona { persona } => {
            let doc = tx.doc();
            let p = doc.persona(*persona)?.clone();
            let linked: Vec<Map> = doc
                .maps()
                .into_iter()
                .filter(|m| m.personas.contains(persona))
                .cloned()
                .collect();
            for mut m in linked {
                m.personas.retain(|x| x != persona);
                tx.update(m)?;
            }
            tx.remove(*persona)?;
            match p.photo {
                Some(photo) => drop_asset_if_unused(tx, photo),
                None => Ok(()),
            }
        }
        Command::LinkPersona { map, persona } => {
            let doc = tx.doc();
            doc.persona(*persona)?;
            let mut m = doc.map(*map)?.clone();
            if m.personas.contains(persona) {
                return Err(invalid!("problem-persona-linked"));
            }
            check_room("map_personas", m.personas.len(), MAX_PERSONAS_PER_MAP)?;
            m.personas.push(*persona);
            tx.update(m)
        }
        Command::UnlinkPersona { map, persona } => {
            let mut m = tx.doc().map(*map)?.clone();
            if !m.personas.contains(persona) {
                return Err(invalid!("problem-persona-not-linked"));
            }
            m.personas.retain(|p| p != persona);
            tx.update(m)
        }
        Command::AddImage { id, data } => {
            check_room("project_images", tx.doc().assets().count(), MAX_ASSETS)?;
            let asset = images::import(id.unwrap_or_default(), data)?;
            tx.add(asset)
        }
        _ => unreachable!("personas::run got {command:?}"),
    }
}

fn apply_patch(p: &mut Persona, patch: &PersonaPatch) {
    let texts: [(&mut String, &Option<String>); 15] = [
        (&mut p.name, &patch.name),
        (&mut p.quote, &patch.quote),
        (&mut p.age, &patch.age),
        (&mut p.gender, &patch.gender),
        (&mut p.occupation, &patch.occupation),
        (&mut p.income, &patch.income),
        (&mut p.family, &patch.family),
        (&mut p.education, &patch.education),
        (&mut p.region, &patch.region),
        (&mut p.frequency, &patch.frequency),
        (&mut p.decision_time, &patch.decision_time),
        (&mut p.triggers, &patch.triggers),
        (&mut p.values, &patch.values),
        (&mut p.lifestyle, &patch.lifestyle),
        (&mut p.segment, &patch.segment),
    ];
    for (field, value) in texts {
        if let Some(v) = value {
            field.clone_from(v);
        }
    }
    let lists: [(&mut Vec<String>, &Option<Vec<String>>); 3] = [
        (&mut p.goals, &patch.goals),
        (&mut p.motivations, &patch.motivations),
        (&mut p.frustrations, &patch.frustrations),
    ];
    for (field, value) in lists {
        if let Some(v) = value {
            field.clone_from(v);
        }
    }
    if let Some(photo) = patch.photo {
        p.photo = photo;
    }
}
