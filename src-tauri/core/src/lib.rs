//! The heart of meta-optout, free of any window or IPC: the declarative flow
//! format, the region and platform catalogs, the checker that tells flow
//! authors exactly what is wrong, which flows apply to whom, and the policy
//! that decides which links may ever be opened.
//!
//! The desktop shell and the command line both call into this crate; it
//! builds and tests with plain `cargo test`, without WebKit or a display.

pub mod catalog;
pub mod check;
pub mod date;
pub mod dirs;
pub mod export;
pub mod guides;
pub mod i18n;
pub mod iso3166;
pub mod json_path;
pub mod links;
pub mod load;
pub mod model;
pub mod pack;
pub mod progress;
pub mod qr;
pub mod region_view;
pub mod schema;
pub mod select;
pub mod show;
pub mod suggest;
pub mod window;

pub use check::Problem;
pub use date::Date;
pub use load::{FlowSet, Loaded};
