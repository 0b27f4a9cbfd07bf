//! Where the lottery's time goes, for WITHUS_SELECTION_TRACE.

/// Where the time goes, printed with WITHUS_SELECTION_TRACE.
#[derive(Default)]
pub struct Clock {
    pub trace: bool,
    pub master: std::time::Duration,
    pub pricing: std::time::Duration,
    pub solves: usize,
    pub priced: usize,
    pub smoothed: usize,
}

impl Clock {
    pub fn note(&self, what: &str) {
        if self.trace {
            eprintln!("{what}");
        }
    }
}
