//! Waymark's core: the customer journey map model, the commands that edit it,
//! the undo history, the `.waymark` project file, templates and JSON
//! interchange. No UI, no windowing, no global state: the desktop shell and
//! the `waymark` command line are thin layers over [`session::Session`].
//!
//! The flow of one edit: a [`command::Command`] is applied to the
//! [`model::Document`] by [`apply::apply`], giving a [`change::Change`]; the
//! [`store::Store`] commits the change and its history entry in one SQLite
//! transaction; the change goes back to the caller (the UI patches its view
//! with it). Undo applies the stored change's inverse through the same path.

#![warn(missing_docs)]

pub mod apply;
pub mod change;
pub mod cli;
pub mod command;
pub mod error;
pub mod export;
pub mod files;
pub mod i18n;
pub mod id;
pub mod images;
pub mod interchange;
pub mod layout;
pub mod model;
pub mod order;
pub mod session;
pub mod store;
pub mod templates;
pub mod typescript;
pub mod vocab;

pub use change::Change;
pub use command::Command;
pub use error::{Error, Result};
pub use model::Document;
pub use session::Session;
