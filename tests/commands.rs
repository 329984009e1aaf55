//! Each kind of command does what a user expects, refuses what makes no
//! sense without changing anything, and is taken back by undo.

mod common;

use common::*;
use waymark::command::{CardPatch, Command, PersonaPatch};
use waymark::i18n::Label;
use waymark::id::*;
use waymark::model::*;
use waymark::msg;
use waymark::templates::Template;
use waymark::{Document, Session};

/// Apply, check, undo, check the document is back, redo, check again.
fn apply_undo_redo(s: &mut Session, cmd: Command, check: impl Fn(&Document)) {
    let before = s.doc().clone();
    let change = s.apply(&cmd).expect("command applies");
    assert!(!change.is_empty(), "command changed nothing: {cmd:?}");
    check(s.doc());
    let after = s.doc().clone();
    s.undo().expect("undo").expect("something to undo");
    assert_eq!(s.doc(), &before, "undo did not restore the document");
    s.redo().expect("redo").expect("something to redo");
    assert_eq!(s.doc(), &after, "redo did not restore the edit");
}

/// Apply a command that must fail with `code`, leaving the document unchanged.
fn refused(s: &mut Session, cmd: Command, code: &str) -> String {
    let before = s.doc().clone();
    let history = s.history().unwrap();
    let err = s.apply(&cmd).expect_err("command should be refused");
    assert_eq!(err.code(), code, "wrong error: {err}");
    assert_eq!(s.doc(), &before, "a refused command changed the document");
    assert_eq!(
        s.history().unwrap(),
        history,
        "a refused command left history"
    );
    err.to_string()
}

fn stage_names(doc: &Document, map: MapId) -> Vec<String> {
    doc.stages(map).iter().map(|s| s.name.clone()).collect()
}

#[test]
fn adding_a_stage_puts_it_where_asked_and_undo_takes_it_away() {
    let (_d, mut s, map) = session_with(Template::Blank);
    apply_undo_redo(
        &mut s,
        Command::AddStage {
            map,
            id: None,
            name: "Onboarding".into(),
            index: Some(1),
            width: Some(300),
        },
        |doc| {
            let names = stage_names(doc, map);
            assert_eq!(names[1], "Onboarding");
            assert_eq!(names.len(), 6);
            assert_eq!(doc.stages(map)[1].width, 300);
        },
    );
}

#[test]
fn renaming_a_stage_to_blank_is_refused() {
    let (_d, mut s, map) = session_with(Template::Blank);
    let stage = stage_ids(s.doc(), map)[0];
    let msg = refused(
        &mut s,
        Command::UpdateStage {
            stage,
            name: Some("   ".into()),
            description: None,
            color: None,
        },
        "invalid",
    );
    assert!(msg.contains("stage name must not be empty"), "{msg}");
    apply_undo_redo(
        &mut s,
        Command::UpdateStage {
            stage,
            name: Some("Ərizə".into()),
            description: Some("Müraciət".into()),
            color: Some(Some(Color::parse("#336699").unwrap())),
        },
        |doc| {
            let st = doc.stage(stage).unwrap();
            assert_eq!(st.name, "Ərizə");
            assert_eq!(st.color.as_ref().unwrap().as_str(), "#336699");
        },
    );
}

#[test]
fn moving_a_stage_reorders_the_columns() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let first = stage_ids(s.doc(), map)[0];
    apply_undo_redo(
        &mut s,
        Command::MoveStage {
            stage: first,
            index: 3,
        },
        |doc| {
            assert_eq!(
                stage_names(doc, map),
                [
                    "Consideration",
                    "Purchase",
                    "Onboarding",
                    "Awareness",
                    "Usage",
                    "Retention",
                    "Advocacy"
                ]
            );
        },
    );
    refused(
        &mut s,
        Command::MoveStage {
            stage: first,
            index: 99,
        },
        "invalid",
    );
}

#[test]
fn resizing_a_stage_keeps_within_limits() {
    let (_d, mut s, map) = session_with(Template::Blank);
    let stage = stage_ids(s.doc(), map)[2];
    apply_undo_redo(&mut s, Command::ResizeStage { stage, width: 420 }, |doc| {
        assert_eq!(doc.stage(stage).unwrap().width, 420);
    });
    refused(&mut s, Command::ResizeStage { stage, width: 10 }, "invalid");
    refused(
        &mut s,
        Command::ResizeStage {
            stage,
            width: 99_999,
        },
        "invalid",
    );
}

#[test]
fn deleting_a_stage_takes_its_cards_and_emotions_and_undo_brings_them_back() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let purchase = stage_ids(s.doc(), map)[2];
    let cards_before = s.doc().cards_of(map).count();
    let in_stage = s
        .doc()
        .cards_of(map)
        .filter(|c| c.stage == purchase)
        .count();
    assert!(in_stage > 0);
    apply_undo_redo(&mut s, Command::DeleteStage { stage: purchase }, |doc| {
        assert!(doc.stage(purchase).is_err());
        assert_eq!(doc.cards_of(map).count(), cards_before - in_stage);
        assert!(doc.emotions_of(map).all(|e| e.stage != purchase));
    });
}

#[test]
fn first_step_takes_over_the_stage_cards_and_deleting_the_last_step_gives_them_back() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let stage = stage_ids(s.doc(), map)[2];
    let actions = lane_of(s.doc(), map, LaneKind::Actions);
    let texts = cell_texts(s.doc(), actions, stage, None);
    assert!(!texts.is_empty());
    let step = StepId::new();
    apply_undo_redo(
        &mut s,
        Command::AddStep {
            stage,
            id: Some(step),
            name: "Checkout".into(),
            index: None,
            width: None,
        },
        |doc| {
            assert_eq!(cell_texts(doc, actions, stage, Some(step)), texts);
            assert!(cell_texts(doc, actions, stage, None).is_empty());
            assert_eq!(doc.step(step).unwrap().width, DEFAULT_STAGE_WIDTH);
        },
    );
    // A card may no longer go into the stage itself, only into a step.
    refused(
        &mut s,
        Command::AddCard {
            id: None,
            lane: actions,
            stage,
            step: None,
            index: None,
            color: None,
            content: CardPatch::default(),
        },
        "invalid",
    );
    let second = StepId::new();
    s.apply(&Command::AddStep {
        stage,
        id: Some(second),
        name: "Payment".into(),
        index: None,
        width: Some(180),
    })
    .unwrap();
    s.apply(&Command::ResizeStep {
        step: second,
        width: 200,
    })
    .unwrap();
    s.apply(&Command::RenameStep {
        step: second,
        name: "Pay".into(),
    })
    .unwrap();
    s.apply(&Command::MoveStep {
        step: second,
        index: 0,
    })
    .unwrap();
    let cols: Vec<String> = s
        .doc()
        .columns(map)
        .iter()
        .filter_map(|c| c.step.map(|st| st.name.clone()))
        .collect();
    assert_eq!(cols, ["Pay", "Checkout"]);
    // Deleting a step that is not the last deletes its cards...
    apply_undo_redo(&mut s, Command::DeleteStep { step }, |doc| {
        assert!(doc.cards_of(map).all(|c| c.step != Some(step)));
        assert!(doc.step(step).is_err());
    });
    // ...deleting the last one moves its cards back to the stage.
    s.apply(&Command::AddCard {
        id: None,
        lane: actions,
        stage,
        step: Some(second),
        index: None,
        color: None,
        content: CardPatch {
            text: Some("Kept".into()),
            ..CardPatch::default()
        },
    })
    .unwrap();
    apply_undo_redo(&mut s, Command::DeleteStep { step: second }, |doc| {
        assert!(!doc.has_steps(stage));
        assert_eq!(cell_texts(doc, actions, stage, None), ["Kept"]);
        assert_eq!(doc.stage(stage).unwrap().width, 200);
    });
}

#[test]
fn resizing_a_split_stage_is_refused_in_favour_of_its_steps() {
    let (_d, mut s, map) = session_with(Template::Blank);
    let stage = stage_ids(s.doc(), map)[0];
    s.apply(&Command::AddStep {
        stage,
        id: None,
        name: "A".into(),
        index: None,
        width: None,
    })
    .unwrap();
    let msg = refused(
        &mut s,
        Command::ResizeStage { stage, width: 300 },
        "invalid",
    );
    assert!(msg.contains("steps"), "{msg}");
}

#[test]
fn every_lane_kind_can_be_added_renamed_moved_resized_and_deleted() {
    let (_d, mut s, map) = session_with(Template::Blank);
    for kind in LaneKind::ALL {
        let lane = LaneId::new();
        apply_undo_redo(
            &mut s,
            Command::AddLane {
                map,
                id: Some(lane),
                kind: *kind,
                name: None,
                index: Some(0),
                height: None,
            },
            |doc| {
                let l = doc.lanes(map)[0];
                assert_eq!((l.id, l.kind), (lane, *kind));
                assert_eq!(l.name, kind.label());
            },
        );
        apply_undo_redo(
            &mut s,
            Command::UpdateLane {
                lane,
                name: Some("Кроки".into()),
                kind: None,
                color: None,
            },
            |doc| assert_eq!(doc.lane(lane).unwrap().name, "Кроки"),
        );
        apply_undo_redo(&mut s, Command::MoveLane { lane, index: 2 }, |doc| {
            assert_eq!(doc.lanes(map)[2].id, lane);
        });
        apply_undo_redo(&mut s, Command::ResizeLane { lane, height: 300 }, |doc| {
            assert_eq!(doc.lane(lane).unwrap().height, 300);
        });
        apply_undo_redo(&mut s, Command::DeleteLane { lane }, |doc| {
            assert!(doc.lane(lane).is_err());
        });
    }
    let lane = s.doc().lanes(map)[0].id;
    refused(&mut s, Command::ResizeLane { lane, height: 5 }, "invalid");
}

#[test]
fn a_lane_with_cards_cannot_become_an_emotion_lane_and_a_curve_blocks_the_reverse() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let actions = lane_of(s.doc(), map, LaneKind::Actions);
    let emotions = lane_of(s.doc(), map, LaneKind::Emotions);
    let to_emotions = |lane| Command::UpdateLane {
        lane,
        name: None,
        kind: Some(LaneKind::Emotions),
        color: None,
    };
    refused(&mut s, to_emotions(actions), "invalid");
    refused(
        &mut s,
        Command::UpdateLane {
            lane: emotions,
            name: None,
            kind: Some(LaneKind::Notes),
            color: None,
        },
        "invalid",
    );
    // An empty lane may change kind freely.
    let empty = LaneId::new();
    s.apply(&Command::AddLane {
        map,
        id: Some(empty),
        kind: LaneKind::Notes,
        name: None,
        index: None,
        height: None,
    })
    .unwrap();
    apply_undo_redo(&mut s, to_emotions(empty), |doc| {
        assert_eq!(doc.lane(empty).unwrap().kind, LaneKind::Emotions);
    });
}

#[test]
fn adding_a_card_in_persian_and_ukrainian_keeps_the_text_and_its_place() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let lane = lane_of(s.doc(), map, LaneKind::Thoughts);
    let stage = stage_ids(s.doc(), map)[2];
    let before = cell_texts(s.doc(), lane, stage, None);
    let persian = "می‌خواهم بدانم ماشینم کی آماده می‌شود (SMS)";
    apply_undo_redo(
        &mut s,
        Command::AddCard {
            id: None,
            lane,
            stage,
            step: None,
            index: Some(0),
            color: None,
            content: CardPatch {
                text: Some(persian.into()),
                ..CardPatch::default()
            },
        },
        |doc| {
            let texts = cell_texts(doc, lane, stage, None);
            assert_eq!(texts[0], persian);
            assert_eq!(&texts[1..], &before[..]);
        },
    );
    let card = s.doc().cards_in(lane, stage, None)[0].id;
    apply_undo_redo(
        &mut s,
        Command::EditCard {
            card,
            patch: CardPatch {
                text: Some("Мапа шляху клієнта: є, ї, ґ".into()),
                ..CardPatch::default()
            },
        },
        |doc| assert_eq!(doc.card(card).unwrap().text, "Мапа шляху клієнта: є, ї, ґ"),
    );
}

#[test]
fn hostile_card_text_is_stored_exactly_as_typed() {
    let (dir, mut s, map) = session_with(Template::B2c);
    let lane = lane_of(s.doc(), map, LaneKind::Actions);
    let stage = stage_ids(s.doc(), map)[0];
    let text = "<img src=x onerror=alert(1)>'; DROP TABLE cards; --";
    let card = CardId::new();
    s.apply(&Command::AddCard {
        id: Some(card),
        lane,
        stage,
        step: None,
        index: None,
        color: None,
        content: CardPatch {
            text: Some(text.into()),
            ..CardPatch::default()
        },
    })
    .unwrap();
    drop(s);
    let s = Session::open(&dir.file("test.waymark")).unwrap();
    assert_eq!(s.doc().card(card).unwrap().text, text);
}

#[test]
fn card_text_with_control_characters_or_too_long_is_refused() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let card = s.doc().cards_of(map).next().unwrap().id;
    let edit = |t: String| Command::EditCard {
        card,
        patch: CardPatch {
            text: Some(t),
            ..CardPatch::default()
        },
    };
    refused(&mut s, edit("null\0byte".into()), "invalid");
    refused(&mut s, edit("x".repeat(MAX_TEXT + 1)), "invalid");
}

#[test]
fn kind_fields_are_accepted_only_in_their_lanes() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let stage = stage_ids(s.doc(), map)[1];
    let add = |lane, content| Command::AddCard {
        id: None,
        lane,
        stage,
        step: None,
        index: None,
        color: None,
        content,
    };
    let touch = lane_of(s.doc(), map, LaneKind::Touchpoints);
    let pains = lane_of(s.doc(), map, LaneKind::PainPoints);
    let opps = lane_of(s.doc(), map, LaneKind::Opportunities);
    let kpis = lane_of(s.doc(), map, LaneKind::Metrics);
    let severity = CardPatch {
        severity: Some(Some(Level::High)),
        ..CardPatch::default()
    };
    let msg = refused(&mut s, add(touch, severity.clone()), "invalid");
    assert!(msg.contains("severity"), "{msg}");
    apply_undo_redo(&mut s, add(pains, severity), |doc| {
        assert!(
            doc.cards_of(map)
                .any(|c| c.severity == Some(Level::High) && c.lane == pains && c.stage == stage)
        );
    });
    apply_undo_redo(
        &mut s,
        add(
            touch,
            CardPatch {
                channel: Some(Some(Channel::Chat)),
                text: Some("WhatsApp".into()),
                ..CardPatch::default()
            },
        ),
        |doc| {
            assert!(
                doc.cards_of(map)
                    .any(|c| c.channel == Some(Channel::Chat) && c.text == "WhatsApp")
            )
        },
    );
    apply_undo_redo(
        &mut s,
        add(
            opps,
            CardPatch {
                impact: Some(Some(Level::High)),
                effort: Some(Some(Level::Low)),
                ..CardPatch::default()
            },
        ),
        |doc| {
            assert!(
                doc.cards_of(map)
                    .any(|c| c.impact == Some(Level::High) && c.effort == Some(Level::Low))
            )
        },
    );
    let metric = Metric {
        name: "NPS".into(),
        unit: String::new(),
        current: Some(31.5),
        target: Some(45.0),
    };
    apply_undo_redo(
        &mut s,
        add(
            kpis,
            CardPatch {
                metric: Some(Some(metric.clone())),
                ..CardPatch::default()
            },
        ),
        |doc| {
            assert!(
                doc.cards_of(map)
                    .any(|c| c.metric.as_ref() == Some(&metric))
            )
        },
    );
    refused(
        &mut s,
        add(
            kpis,
            CardPatch {
                metric: Some(Some(Metric {
                    current: Some(f64::NAN),
                    ..metric.clone()
                })),
                ..CardPatch::default()
            },
        ),
        "invalid",
    );
    refused(
        &mut s,
        add(
            touch,
            CardPatch {
                owner: Some("Sales".into()),
                ..CardPatch::default()
            },
        ),
        "invalid",
    );
}

#[test]
fn owner_is_kept_on_blueprint_lanes() {
    let (_d, mut s, map) = session_with(Template::Service);
    let back = lane_of(s.doc(), map, LaneKind::BackStage);
    let card = s.doc().cards_of(map).find(|c| c.lane == back).unwrap().id;
    apply_undo_redo(
        &mut s,
        Command::EditCard {
            card,
            patch: CardPatch {
                owner: Some("Parts warehouse".into()),
                ..CardPatch::default()
            },
        },
        |doc| assert_eq!(doc.card(card).unwrap().owner, "Parts warehouse"),
    );
}

#[test]
fn moving_a_card_to_another_cell_and_place_is_one_undo_step() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let actions = lane_of(s.doc(), map, LaneKind::Actions);
    let thoughts = lane_of(s.doc(), map, LaneKind::Thoughts);
    let stages = stage_ids(s.doc(), map);
    let card = s.doc().cards_in(actions, stages[0], None)[0].clone();
    let target_before = cell_texts(s.doc(), thoughts, stages[1], None);
    apply_undo_redo(
        &mut s,
        Command::MoveCard {
            card: card.id,
            lane: thoughts,
            stage: stages[1],
            step: None,
            index: 1,
        },
        |doc| {
            let t = cell_texts(doc, thoughts, stages[1], None);
            assert_eq!(t.len(), target_before.len() + 1);
            assert_eq!(t[1], card.text);
            assert!(cell_texts(doc, actions, stages[0], None).is_empty());
        },
    );
    // Reordering within the same cell.
    let b2c_cell: Vec<CardId> = s
        .doc()
        .cards_in(thoughts, stages[1], None)
        .iter()
        .map(|c| c.id)
        .collect();
    apply_undo_redo(
        &mut s,
        Command::MoveCard {
            card: b2c_cell[0],
            lane: thoughts,
            stage: stages[1],
            step: None,
            index: 1,
        },
        |doc| {
            let now: Vec<CardId> = doc
                .cards_in(thoughts, stages[1], None)
                .iter()
                .map(|c| c.id)
                .collect();
            assert_eq!(now, [b2c_cell[1], b2c_cell[0]]);
        },
    );
}

#[test]
fn a_card_cannot_move_into_another_map_or_an_emotion_lane() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let other = MapId::new();
    s.apply(&Command::CreateMap {
        id: Some(other),
        template: Template::Blank,
        title: None,
        kind: None,
        language: None,
    })
    .unwrap();
    let card = s.doc().cards_of(map).next().unwrap().id;
    let foreign_lane = lane_of(s.doc(), other, LaneKind::Actions);
    let foreign_stage = stage_ids(s.doc(), other)[0];
    let msg = refused(
        &mut s,
        Command::MoveCard {
            card,
            lane: foreign_lane,
            stage: foreign_stage,
            step: None,
            index: 0,
        },
        "invalid",
    );
    assert!(msg.contains("another map"), "{msg}");
    let emotions = lane_of(s.doc(), map, LaneKind::Emotions);
    let first = stage_ids(s.doc(), map)[0];
    refused(
        &mut s,
        Command::MoveCard {
            card,
            lane: emotions,
            stage: first,
            step: None,
            index: 0,
        },
        "invalid",
    );
}

#[test]
fn recolouring_and_deleting_a_card_undo_cleanly() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let card = s.doc().cards_of(map).next().unwrap().id;
    apply_undo_redo(
        &mut s,
        Command::SetCardColor {
            card,
            color: Some(Color::parse("#FFD166").unwrap()),
        },
        |doc| {
            assert_eq!(
                doc.card(card).unwrap().color.as_ref().unwrap().as_str(),
                "#ffd166"
            )
        },
    );
    apply_undo_redo(&mut s, Command::DeleteCard { card }, |doc| {
        assert!(doc.card(card).is_err())
    });
}

#[test]
fn unknown_ids_are_refused_with_not_found() {
    let (_d, mut s, _map) = session_with(Template::B2c);
    let msg = refused(
        &mut s,
        Command::DeleteCard {
            card: CardId::new(),
        },
        "not_found",
    );
    assert!(msg.starts_with("card "), "{msg}");
    refused(
        &mut s,
        Command::DeleteStage {
            stage: StageId::new(),
        },
        "not_found",
    );
    refused(
        &mut s,
        Command::DeleteMap { map: MapId::new() },
        "not_found",
    );
}

#[test]
fn creating_a_record_with_a_taken_id_is_refused() {
    let (_d, mut s, map) = session_with(Template::Blank);
    let stage = stage_ids(s.doc(), map)[0];
    refused(
        &mut s,
        Command::AddStage {
            map,
            id: Some(stage),
            name: "Again".into(),
            index: None,
            width: None,
        },
        "duplicate",
    );
}

#[test]
fn emotion_points_are_set_changed_flagged_and_cleared() {
    let (_d, mut s, map) = session_with(Template::Blank);
    let lane = lane_of(s.doc(), map, LaneKind::Emotions);
    let stage = stage_ids(s.doc(), map)[1];
    let set = |value, critical, note: Option<&str>| Command::SetEmotion {
        lane,
        stage,
        step: None,
        value,
        critical,
        note: note.map(String::from),
    };
    apply_undo_redo(&mut s, set(Some(-2), None, Some("Angry")), |doc| {
        let e = doc.emotion_at(lane, stage, None).unwrap();
        assert_eq!((e.value, e.critical, e.note.as_str()), (-2, false, "Angry"));
    });
    apply_undo_redo(&mut s, set(None, Some(true), None), |doc| {
        let e = doc.emotion_at(lane, stage, None).unwrap();
        assert_eq!((e.value, e.critical), (-2, true));
        assert_eq!(doc.emotions_of(map).count(), 1);
    });
    let msg = refused(&mut s, set(Some(3), None, None), "invalid");
    assert!(msg.contains("-2..+2"), "{msg}");
    apply_undo_redo(
        &mut s,
        Command::ClearEmotion {
            lane,
            stage,
            step: None,
        },
        |doc| assert!(doc.emotion_at(lane, stage, None).is_none()),
    );
    let actions = lane_of(s.doc(), map, LaneKind::Actions);
    refused(
        &mut s,
        Command::SetEmotion {
            lane: actions,
            stage,
            step: None,
            value: Some(1),
            critical: None,
            note: None,
        },
        "invalid",
    );
}

#[test]
fn personas_are_created_edited_linked_and_deleting_one_unlinks_it() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let p = PersonaId::new();
    apply_undo_redo(
        &mut s,
        Command::CreatePersona {
            id: Some(p),
            name: "Leyla Məmmədova".into(),
        },
        |doc| assert_eq!(doc.persona(p).unwrap().name, "Leyla Məmmədova"),
    );
    let patch = full_persona_patch();
    apply_undo_redo(
        &mut s,
        Command::UpdatePersona {
            persona: p,
            patch: patch.clone(),
        },
        |doc| {
            let per = doc.persona(p).unwrap();
            assert_eq!(per.region, "Lviv");
            assert_eq!(per.goals, ["Safe car", "Fair price"]);
            assert_eq!(per.name, "Olena Kovalenko");
        },
    );
    apply_undo_redo(&mut s, Command::LinkPersona { map, persona: p }, |doc| {
        assert_eq!(doc.map(map).unwrap().personas, [p]);
    });
    refused(&mut s, Command::LinkPersona { map, persona: p }, "invalid");
    apply_undo_redo(&mut s, Command::DeletePersona { persona: p }, |doc| {
        assert!(doc.persona(p).is_err());
        assert!(doc.map(map).unwrap().personas.is_empty());
    });
    s.undo().unwrap();
    assert_eq!(s.doc().map(map).unwrap().personas, [p]);
    apply_undo_redo(&mut s, Command::UnlinkPersona { map, persona: p }, |doc| {
        assert!(doc.map(map).unwrap().personas.is_empty());
    });
    refused(
        &mut s,
        Command::UnlinkPersona { map, persona: p },
        "invalid",
    );
}

#[test]
fn a_persona_photo_is_stored_bounded_and_dropped_with_the_persona() {
    let (_d, mut s, _map) = session_with(Template::Blank);
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        2000,
        1000,
        image::Rgb([10, 20, 30]),
    ))
    .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
    .unwrap();
    let p = PersonaId::new();
    let photo = AssetId::new();
    let batch = Command::Batch {
        label: Some(Label::text("New persona with photo")),
        commands: vec![
            Command::CreatePersona {
                id: Some(p),
                name: "Ali".into(),
            },
            Command::AddImage {
                id: Some(photo),
                data: png,
            },
            Command::UpdatePersona {
                persona: p,
                patch: PersonaPatch {
                    photo: Some(Some(photo)),
                    ..PersonaPatch::default()
                },
            },
        ],
    };
    apply_undo_redo(&mut s, batch, |doc| {
        let a = doc.asset(photo).unwrap();
        assert_eq!((a.width, a.height), (1024, 512));
        assert_eq!(doc.persona(p).unwrap().photo, Some(photo));
    });
    assert_eq!(
        s.history().unwrap().undo,
        Some(Label::text("New persona with photo"))
    );
    apply_undo_redo(&mut s, Command::DeletePersona { persona: p }, |doc| {
        assert!(doc.asset(photo).is_err(), "the unused photo stays behind");
    });
    refused(
        &mut s,
        Command::AddImage {
            id: None,
            data: b"not an image".to_vec(),
        },
        "image_refused",
    );
}

#[test]
fn every_template_makes_a_real_map() {
    for t in Template::ALL {
        let (doc, map) = doc_with(t);
        let spec = t.spec();
        let english: Vec<String> = spec.stages.iter().map(|s| t.text("en", s)).collect();
        assert_eq!(stage_names(&doc, map), english, "{t:?}");
        assert_eq!(doc.lanes(map).len(), spec.lanes.len());
        assert_eq!(doc.cards_of(map).count(), spec.cards.len(), "{t:?}");
        assert_eq!(doc.emotions_of(map).count(), spec.emotions.len());
        if t != Template::Blank {
            assert!(doc.cards_of(map).count() >= 10, "{t:?} shows too little");
            assert!(doc.cards_of(map).any(|c| c.channel.is_some()));
        }
        doc.validate().unwrap();
    }
}

#[test]
fn duplicating_as_future_state_copies_everything_with_new_ids() {
    let (_d, mut s, map) = session_with(Template::Service);
    let copy = MapId::new();
    apply_undo_redo(
        &mut s,
        Command::DuplicateMap {
            map,
            id: Some(copy),
            title: None,
            kind: Some(MapKind::FutureState),
        },
        |doc| {
            let m = doc.map(copy).unwrap();
            assert_eq!(m.kind, MapKind::FutureState);
            assert_eq!(m.derived_from, Some(map));
            assert!(m.title.ends_with("(future state)"), "{}", m.title);
            assert_eq!(stage_names(doc, copy), stage_names(doc, map));
            assert_eq!(doc.cards_of(copy).count(), doc.cards_of(map).count());
            assert_eq!(doc.emotions_of(copy).count(), doc.emotions_of(map).count());
            let originals: std::collections::HashSet<CardId> =
                doc.cards_of(map).map(|c| c.id).collect();
            assert!(doc.cards_of(copy).all(|c| !originals.contains(&c.id)));
            // The copy sits right after its original.
            let order: Vec<MapId> = doc.maps().iter().map(|m| m.id).collect();
            assert_eq!(order, [map, copy]);
        },
    );
    // Editing the copy leaves the original alone.
    let card = s.doc().cards_of(copy).next().unwrap().id;
    s.apply(&Command::DeleteCard { card }).unwrap();
    assert_eq!(
        s.doc().cards_of(copy).count() + 1,
        s.doc().cards_of(map).count()
    );
    // Deleting the original keeps the copy, no longer derived.
    apply_undo_redo(&mut s, Command::DeleteMap { map }, |doc| {
        assert!(doc.map(map).is_err());
        assert_eq!(doc.map(copy).unwrap().derived_from, None);
        assert_eq!(doc.cards_of(map).count(), 0);
    });
}

#[test]
fn map_info_kind_and_review_date_are_edited_and_cleared() {
    let (_d, mut s, map) = session_with(Template::B2b);
    apply_undo_redo(
        &mut s,
        Command::SetMapInfo {
            map,
            title: Some("Klientu ceļa kartēšana".into()),
            scenario: Some("Reģistrācija".into()),
            business_goal: Some("+10% renewals".into()),
            kind: Some(MapKind::ServiceBlueprint),
            last_reviewed: Some(Some(Date::parse("2026-11-01").unwrap())),
            language: None,
            flow: None,
        },
        |doc| {
            let m = doc.map(map).unwrap();
            assert_eq!(m.title, "Klientu ceļa kartēšana");
            assert_eq!(m.kind, MapKind::ServiceBlueprint);
            assert_eq!(m.last_reviewed.as_ref().unwrap().as_str(), "2026-11-01");
        },
    );
    apply_undo_redo(
        &mut s,
        Command::SetMapInfo {
            map,
            title: None,
            scenario: None,
            business_goal: None,
            kind: None,
            last_reviewed: Some(None),
            language: None,
            flow: None,
        },
        |doc| assert_eq!(doc.map(map).unwrap().last_reviewed, None),
    );
}

#[test]
fn maps_are_reordered_and_the_project_renamed() {
    let (_d, mut s, map) = session_with(Template::Blank);
    let second = MapId::new();
    s.apply(&Command::CreateMap {
        id: Some(second),
        template: Template::B2b,
        title: Some("B2B".into()),
        kind: None,
        language: None,
    })
    .unwrap();
    apply_undo_redo(
        &mut s,
        Command::MoveMap {
            map: second,
            index: 0,
        },
        |doc| {
            let order: Vec<MapId> = doc.maps().iter().map(|m| m.id).collect();
            assert_eq!(order, [second, map]);
        },
    );
    apply_undo_redo(
        &mut s,
        Command::SetProject {
            title: Some("Müşteri yolculuk haritası".into()),
            description: None,
            language: Some("tr".into()),
        },
        |doc| assert_eq!(doc.project().language, "tr"),
    );
    refused(
        &mut s,
        Command::SetProject {
            title: None,
            description: None,
            language: Some("not a tag!".into()),
        },
        "invalid",
    );
}

#[test]
fn a_batch_is_one_undo_step_and_a_failing_batch_changes_nothing() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let actions = lane_of(s.doc(), map, LaneKind::Actions);
    let stages = stage_ids(s.doc(), map);
    let cards: Vec<CardId> = s
        .doc()
        .cards_of(map)
        .filter(|c| c.lane == actions)
        .take(3)
        .map(|c| c.id)
        .collect();
    let moves: Vec<Command> = cards
        .iter()
        .map(|c| Command::MoveCard {
            card: *c,
            lane: actions,
            stage: stages[6],
            step: None,
            index: 0,
        })
        .collect();
    apply_undo_redo(
        &mut s,
        Command::Batch {
            label: Some(msg!("history-move-cards", count = 3).into()),
            commands: moves.clone(),
        },
        |doc| assert_eq!(doc.cards_in(actions, stages[6], None).len(), 4),
    );
    let mut bad = moves;
    bad.push(Command::DeleteCard {
        card: CardId::new(),
    });
    refused(
        &mut s,
        Command::Batch {
            label: None,
            commands: bad,
        },
        "not_found",
    );
}

#[test]
fn no_op_edits_leave_no_history() {
    let (_d, mut s, map) = session_with(Template::B2c);
    let stage = s.doc().stages(map)[0].clone();
    let change = s
        .apply(&Command::UpdateStage {
            stage: stage.id,
            name: Some(stage.name.clone()),
            description: None,
            color: None,
        })
        .unwrap();
    assert!(change.is_empty());
    assert_eq!(s.history().unwrap().undo, None);
}

#[test]
fn commands_from_json_refuse_unknown_fields_and_read_null_as_clear() {
    let typo = r#"{"type": "edit_card", "card": "0190f0a0-0000-7000-8000-000000000000", "patch": {"txt": "x"}}"#;
    assert!(serde_json::from_str::<Command>(typo).is_err());
    let clear = r#"{"type": "update_stage", "stage": "0190f0a0-0000-7000-8000-000000000000", "color": null}"#;
    match serde_json::from_str::<Command>(clear).unwrap() {
        Command::UpdateStage { color, name, .. } => {
            assert_eq!(color, Some(None));
            assert_eq!(name, None);
        }
        other => panic!("{other:?}"),
    }
    let unknown = r#"{"type": "launch_rockets"}"#;
    assert!(serde_json::from_str::<Command>(unknown).is_err());
}

#[test]
fn undo_and_redo_with_empty_history_do_nothing() {
    let (_d, mut s, _map) = session_with(Template::Blank);
    let before = s.doc().clone();
    assert!(s.undo().unwrap().is_none());
    assert!(s.redo().unwrap().is_none());
    assert_eq!(s.doc(), &before);
}

#[test]
fn a_new_edit_after_undo_drops_the_redo_step() {
    let (_d, mut s, map) = session_with(Template::Blank);
    s.apply(&Command::AddStage {
        map,
        id: None,
        name: "A".into(),
        index: None,
        width: None,
    })
    .unwrap();
    s.undo().unwrap();
    assert_eq!(
        s.history().unwrap().redo,
        Some(Label::key("history-add-stage"))
    );
    s.apply(&Command::AddStage {
        map,
        id: None,
        name: "B".into(),
        index: None,
        width: None,
    })
    .unwrap();
    assert_eq!(s.history().unwrap().redo, None);
    assert!(s.redo().unwrap().is_none());
}

#[test]
fn deleting_a_lane_drops_the_pictures_only_its_cards_showed_and_undo_restores_them() {
    let (_d, mut s, map) = session_with(Template::Blank);
    let lane = LaneId::new();
    let stage = s.doc().stages(map)[0].id;
    s.apply(&Command::AddLane {
        map,
        id: Some(lane),
        kind: LaneKind::Images,
        name: None,
        index: None,
        height: None,
    })
    .unwrap();
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(8, 8, image::Rgb([200, 20, 30])))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let photo = AssetId::new();
    s.apply(&Command::Batch {
        label: None,
        commands: vec![
            Command::AddImage {
                id: Some(photo),
                data: png,
            },
            Command::AddCard {
                id: None,
                lane,
                stage,
                step: None,
                index: None,
                color: None,
                content: CardPatch {
                    image: Some(Some(photo)),
                    alt: Some("Shop front".into()),
                    ..CardPatch::default()
                },
            },
        ],
    })
    .unwrap();
    apply_undo_redo(&mut s, Command::DeleteLane { lane }, |doc| {
        assert!(
            doc.asset(photo).is_err(),
            "the picture outlived its only card"
        );
    });
    s.undo().unwrap();
    assert!(s.doc().asset(photo).is_ok());
}

#[test]
fn a_card_placed_in_another_maps_stage_is_refused_before_a_later_command_of_the_batch_runs() {
    let (_d, mut s, map) = session_with(Template::Service);
    let other = MapId::new();
    s.apply(&Command::DuplicateMap {
        map,
        id: Some(other),
        title: None,
        kind: None,
    })
    .unwrap();
    let lane = lane_of(s.doc(), map, LaneKind::Actions);
    let foreign_stage = stage_ids(s.doc(), other)[0];
    let add = Command::AddCard {
        id: None,
        lane,
        stage: foreign_stage,
        step: None,
        index: None,
        color: None,
        content: CardPatch {
            text: Some("Pays at the desk".into()),
            ..CardPatch::default()
        },
    };
    // Copying the map right after used to panic on the half-made card.
    let msg = refused(
        &mut s,
        Command::Batch {
            label: None,
            commands: vec![
                add.clone(),
                Command::DuplicateMap {
                    map,
                    id: None,
                    title: None,
                    kind: None,
                },
            ],
        },
        "invalid",
    );
    assert!(msg.contains("another map"), "{msg}");
    refused(&mut s, add, "invalid");
    // An emotion point in a foreign column is refused the same way.
    let emotions = lane_of(s.doc(), map, LaneKind::Emotions);
    refused(
        &mut s,
        Command::SetEmotion {
            lane: emotions,
            stage: foreign_stage,
            step: None,
            value: Some(1),
            critical: None,
            note: None,
        },
        "invalid",
    );
}
