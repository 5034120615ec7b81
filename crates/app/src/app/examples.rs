//! The example cases offered on the start screen, embedded at build time from
//! `assets/examples/` (see `build.rs`), so the release binary carries them wherever it runs.
//!
//! Opening an example gives an untitled copy: the user's edits never overwrite the example.

use crate::case::{Case, storage};

/// One bundled example case.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// The file name it was built from, e.g. `cumbria-lancashire-firearms-training.ron`.
    pub file_name: &'static str,
    /// The RON text.
    pub text: &'static str,
}

impl Example {
    /// The example as a case, or the reason it does not load.
    pub fn load(&self) -> Result<Case, storage::StorageError> {
        storage::from_ron(self.text)
    }
}

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_example_loads() {
        for example in EXAMPLES {
            example
                .load()
                .unwrap_or_else(|error| panic!("{}: {error}", example.file_name));
        }
    }
}
