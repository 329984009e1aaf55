//! A user's picture as one edit: stored, put on a persona, a card or a new
//! card in one undo step; a picture that cannot be used changes nothing.

mod common;

use common::*;
use waymark::Session;
use waymark::command::Command;
use waymark::i18n::Label;
use waymark::id::*;
use waymark::images::PictureTarget;
use waymark::model::*;
use waymark::templates::Template;

fn png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(w, h, image::Rgb([40, 90, 160])))
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A session with a map that has an `images` lane; the map and that lane.
fn with_images_lane() -> (TempDir, Session, MapId, LaneId) {
    let (dir, mut s, map) = session_with(Template::Blank);
    let lane = LaneId::new();
    s.apply(&Command::AddLane {
        map,
        id: Some(lane),
        kind: LaneKind::Images,
        name: None,
        index: None,
        height: None,
    })
    .unwrap();
    (dir, s, map, lane)
}

#[test]
fn a_picture_on_a_persona_is_one_undo_step() {
    let (_d, mut s, _map) = session_with(Template::Blank);
    let persona = PersonaId::new();
    s.apply(&Command::CreatePersona {
        id: Some(persona),
        name: "Leyla".into(),
    })
    .unwrap();
    s.set_picture(
        PictureTarget::Persona { persona },
        png(2000, 1000),
        "leyla.png",
    )
    .expect("photo set");
    let photo = s.doc().persona(persona).unwrap().photo.expect("a photo");
    let asset = s.doc().asset(photo).unwrap();
    assert_eq!((asset.width, asset.height), (1024, 512), "bounded");
    assert_eq!(
        s.history().unwrap().undo,
        Some(Label::key("history-set-persona-photo"))
    );
    s.undo().unwrap();
    assert_eq!(s.doc().persona(persona).unwrap().photo, None);
    assert!(
        s.doc().asset(photo).is_err(),
        "the image went with the step"
    );
}

#[test]
fn a_picture_on_a_card_replaces_nothing_else_of_it() {
    let (_d, mut s, map, lane) = with_images_lane();
    let stage = stage_ids(s.doc(), map)[1];
    let card = CardId::new();
    s.apply(&Command::AddCard {
        id: Some(card),
        lane,
        stage,
        step: None,
        index: None,
        color: None,
        content: waymark::command::CardPatch {
            text: Some("Reception".into()),
            ..Default::default()
        },
    })
    .unwrap();
    s.set_picture(PictureTarget::Card { card }, png(40, 30), "desk.png")
        .expect("picture set");
    let c = s.doc().card(card).unwrap();
    assert!(c.image.is_some());
    assert_eq!(c.text, "Reception");
    assert_eq!(
        s.history().unwrap().undo,
        Some(Label::key("history-set-card-picture"))
    );
}

#[test]
fn a_picture_dropped_in_a_cell_becomes_a_new_card_named_for_its_file() {
    let (_d, mut s, map, lane) = with_images_lane();
    let stage = stage_ids(s.doc(), map)[2];
    let change = s
        .set_picture(
            PictureTarget::NewCard {
                lane,
                stage,
                step: None,
                index: Some(0),
            },
            png(64, 64),
            "Waiting room.png",
        )
        .expect("card added");
    assert_eq!(change.ops.len(), 2, "the image and the card");
    let cards = s.doc().cards_in(lane, stage, None);
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].alt, "Waiting room");
    assert!(cards[0].image.is_some());
    assert_eq!(
        s.history().unwrap().undo,
        Some(Label::key("history-add-picture"))
    );
}

#[test]
fn a_refused_picture_changes_nothing() {
    let (dir, mut s, map, lane) = with_images_lane();
    let stage = stage_ids(s.doc(), map)[0];
    let before = s.doc().clone();
    let history = s.history().unwrap();
    let err = s
        .set_picture(
            PictureTarget::NewCard {
                lane,
                stage,
                step: None,
                index: None,
            },
            b"not a picture".to_vec(),
            "notes.txt",
        )
        .expect_err("refused");
    assert_eq!(err.code(), "image_refused");
    // A picture on a card that is not there: refused after the image was
    // stored in memory, and that is undone too.
    let err = s
        .set_picture(
            PictureTarget::Card {
                card: CardId::new(),
            },
            png(8, 8),
            "x.png",
        )
        .expect_err("no such card");
    assert_eq!(err.code(), "not_found");
    assert_eq!(s.doc(), &before);
    assert_eq!(s.history().unwrap(), history);
    drop(s);
    let s = Session::open(&dir.file("test.waymark")).unwrap();
    assert_eq!(s.doc(), &before, "the file holds nothing of it either");
}
