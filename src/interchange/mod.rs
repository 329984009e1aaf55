//! Foreign data in and out. JSON is the versioned, documented whole-project
//! format (`docs/json-format.md`); every import goes through here.

pub mod json;
