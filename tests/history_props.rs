//! Properties over random edit sequences: undo-all gives the start back, a
//! refused edit changes nothing, and the file always reopens to the same model.

mod common;

use common::*;
use proptest::prelude::*;
use waymark::Session;
use waymark::templates::Template;

fn template() -> impl Strategy<Value = Template> {
    prop_oneof![
        Just(Template::Blank),
        Just(Template::B2c),
        Just(Template::B2b),
        Just(Template::Service)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn random_edits_then_undo_all_give_back_the_start(t in template(), actions in actions(40)) {
        let (dir, mut s, _map) = session_with(t);
        let start = s.doc().clone();
        let mut steps = 0;
        for a in &actions {
            let Some(cmd) = resolve(s.doc(), a) else { continue };
            let before = s.doc().clone();
            match s.apply(&cmd) {
                Ok(change) => {
                    s.doc().validate().map_err(|e| TestCaseError::fail(format!("{cmd:?} broke the model: {e}")))?;
                    if !change.is_empty() { steps += 1; }
                }
                Err(_) => prop_assert_eq!(s.doc(), &before, "a refused {:?} changed the document", cmd),
            }
        }
        let end = s.doc().clone();
        // Save, reopen, compare.
        drop(s);
        let mut s = Session::open(&dir.file("test.waymark")).unwrap();
        prop_assert_eq!(s.doc(), &end, "reopening changed the model");
        for _ in 0..steps {
            prop_assert!(s.undo().unwrap().is_some());
        }
        prop_assert!(s.undo().unwrap().is_none());
        prop_assert_eq!(s.doc(), &start, "undo-all did not give back the start");
        // And redo-all gives back the end.
        for _ in 0..steps {
            prop_assert!(s.redo().unwrap().is_some());
        }
        prop_assert_eq!(s.doc(), &end, "redo-all did not give back the end");
    }
}
