//! Progress: profiles and where each stands on each step, kept in one local
//! file the user owns. Nothing here ever leaves the machine.

pub mod evidence;
mod model;
mod record;
mod report;
mod store;

pub use model::{AttachChange, Attached, Change, Event, Outcome, Profile, ProfileChange, Replied, ReplyChange, State, Status, StepChange, StepKey, StepState};
pub use record::{add_profile, attach, extend_follow_up, keep_letter, mark, reply, undo, update_profile, Mark, Reply};
pub use report::{report, Action, Counts, FlowReport, FollowUpReport, PlatformCount, ProfileReport, StepReport};
pub use store::{recover, update, update_dated, Progress, ProgressError, FILE_NAME, MAX_BYTES, VERSION};
