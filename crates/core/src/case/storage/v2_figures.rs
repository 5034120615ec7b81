//! Format version 2 → 3: forces get stable ids, so live figures in the text can name them.
//!
//! Version 3 lets any text cite a figure of the case (`{{force_net force="gwent-police"}}`,
//! see [`crate::case::figures`]); a reference names a force by an id that stays when the force
//! is renamed or moved. A version 2 file has no ids and no references, so the upgrade gives
//! each named force an id made from its name, as a new force gets one.

use super::StorageError;
use crate::case::Case;

/// Gives every force of a version 2 case its id.
pub(super) fn upgrade(_text: &str, case: &mut Case) -> Result<(), StorageError> {
    case.partners.assign_force_ids();
    Ok(())
}
