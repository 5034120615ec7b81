//! The front sheet: the committee, the title, and the paper's particulars.

use crate::case::Case;
use crate::report::document::{Block, HeadingLevel, ParagraphStyle};

use super::{Paper, cell, long_date, non_blank, non_empty};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    let front = &case.front_sheet;
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Display,
        text: non_empty(&front.committee, "Committee not named").to_owned(),
    });
    paper.heading(HeadingLevel::Title, case.display_title());
    paper.push(Block::Paragraph {
        style: ParagraphStyle::Strong,
        text: format!("{} · {}", front.stage.label(), front.status.label()),
    });
    let forces: Vec<String> = case
        .partners
        .forces
        .iter()
        .filter_map(|f| non_blank(&f.name))
        .collect();
    paper.key_values(vec![
        ("Protective marking", front.marking.label().to_owned()),
        ("Committee", cell(&front.committee)),
        ("Meeting date", long_date(front.meeting_date)),
        ("Agenda item", cell(&front.agenda_item)),
        ("Report author", cell(&front.author)),
        ("Sponsoring chief officer", cell(&front.sponsor)),
        ("Version", cell(&front.version)),
        ("Status", front.status.label().to_owned()),
        ("Business case stage", front.stage.label().to_owned()),
        ("Report date", long_date(front.report_date)),
        (
            "Forces",
            if forces.is_empty() {
                "—".to_owned()
            } else {
                forces.join("\n")
            },
        ),
    ]);
}
