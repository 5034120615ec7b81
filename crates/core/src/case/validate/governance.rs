//! Governance and the legal basis: the statutory items of a section 22A agreement, and the board.

use super::{Anchor, Findings, blank};
use crate::case::Case;
use crate::case::governance::{GovernanceItem, ItemStatus};

pub(super) fn check(case: &Case, out: &mut Findings) {
    for item in GovernanceItem::ALL {
        let anchor = Anchor::Governance(item);
        let entry = case.governance.items.get(&item);
        let (status, text) = entry.map_or((ItemStatus::NotStarted, ""), |e| {
            (e.status, e.text.as_str())
        });
        match status {
            ItemStatus::NotStarted => out.error(
                anchor,
                format!("Governance: \"{}\" has not been addressed.", item.label()),
            ),
            ItemStatus::NotApplicable if blank(text) => out.warning(
                anchor,
                format!("Governance: say why \"{}\" does not apply.", item.label()),
            ),
            ItemStatus::InDraft | ItemStatus::Agreed if blank(text) => out.warning(
                anchor,
                format!("Governance: \"{}\" has a status but no text.", item.label()),
            ),
            _ => {}
        }
    }
    let board = &case.governance.board;
    if blank(&board.chair) {
        out.warning(Anchor::Board, "Name who chairs the governance board.");
    }
    if board.members.iter().all(|member| blank(member)) {
        out.warning(Anchor::Board, "List the members of the governance board.");
    }
}
