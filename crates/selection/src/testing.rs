//! Pools for the crate's own tests: a generated shape with its groups and the rules over every
//! category, so that each test says only what is particular to it.

use crate::instance::{Group, Instance};
use crate::pricing::Rules;
use crate::shapes::{Pool, Quotas, Shape, Spec};

pub struct Built {
    pub shape: Shape,
    pub groups: Vec<Group>,
    every: Vec<usize>,
}

impl Built {
    /// A pool drawn the way volunteers come forward, without households.
    pub fn volunteers(
        people: usize,
        size: usize,
        categories: usize,
        quotas: Quotas,
        seed: u64,
    ) -> Built {
        Built::from(Spec {
            people,
            size,
            categories,
            pool: Pool::Volunteers,
            quotas,
            households: false,
            seed,
        })
    }

    pub fn from(spec: Spec) -> Built {
        let shape = spec.build();
        let groups = shape.instance.groups();
        let every = (0..shape.instance.categories.len()).collect();
        Built {
            shape,
            groups,
            every,
        }
    }

    pub fn instance(&self) -> &Instance {
        &self.shape.instance
    }

    /// Every quota and households: the rules a panel keeps.
    pub fn rules(&self) -> Rules<'_> {
        Rules {
            categories: &self.every,
            households: true,
        }
    }
}
