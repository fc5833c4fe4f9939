//! Progress: profiles and where each stands on each step, kept in one local
//! file the user owns. Nothing here ever leaves the machine.

mod model;
mod record;
mod report;
mod store;

pub use model::{Change, Event, Profile, ProfileChange, State, Status, StepChange, StepKey, StepState};
pub use record::{add_profile, extend_follow_up, mark, undo, update_profile, Mark};
pub use report::{report, Counts, FlowReport, FollowUpReport, PlatformCount, ProfileReport, StepReport};
pub use store::{recover, update, update_dated, Progress, ProgressError, FILE_NAME, MAX_BYTES, VERSION};
