//! Where the lottery's time and work go: printed with WITHUS_SELECTION_TRACE, and the work kept
//! with the lottery so tests can pin it.

/// Where the time goes, printed with WITHUS_SELECTION_TRACE.
#[derive(Default)]
pub struct Clock {
    pub trace: bool,
    pub master: std::time::Duration,
    pub pricing: std::time::Duration,
    pub solves: usize,
    pub priced: usize,
    pub smoothed: usize,
    pub pivots: usize,
}

/// How much searching a lottery took. The same pool takes the same work on every run, so a
/// change that slows the solver shows in a test without timing one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Work {
    /// Simplex pivots in the master, over every stage.
    pub pivots: usize,
    /// Master solves: one a panel added, and one to end each stage.
    pub solves: usize,
    /// Pricing searches for a panel the master's weights undervalue.
    pub searches: usize,
}

impl Clock {
    pub fn work(&self) -> Work {
        Work {
            pivots: self.pivots,
            solves: self.solves,
            searches: self.priced,
        }
    }

    pub fn note(&self, what: &str) {
        if self.trace {
            eprintln!("{what}");
        }
    }
}
