//! `withus generate`: a deterministic synthetic installation for measuring Withus at national
//! scale (issue #10). Organisations, each with a coordinator, people (one in four with an
//! account; choices, access needs, times they cannot do, equality answers in census-like
//! proportions), opportunities across the lifecycle with their status history, interests,
//! meetings with attendance, claims and payments, what people said, feedback (some still
//! owed), questionnaires and self-assessment ratings; opportunities' outcomes, roles, topics
//! and invitations, courses and checks with people's records, venues, glossary, consents and
//! support notes. The same seed gives the same data; rows go in batches, one transaction a
//! batch.

mod activity;
mod details;
mod impact;
mod people;

use sea_orm::ActiveValue::Set;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;
use withus_db::entities::{account, account_role};
use withus_db::{OrgScope, sea_orm, sea_orm::DbErr};

use crate::kit::auth::Role;

/// What to make.
#[derive(Clone, Debug)]
pub struct Plan {
    pub organisations: usize,
    pub people: usize,
    /// People expected at meetings, over all meetings.
    pub involvements: usize,
    pub seed: u64,
    /// The password hash every generated account signs in with; none, and they sign in by
    /// link.
    pub password_hash: Option<String>,
}

/// What was made, counted as it was written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Made {
    pub organisations: usize,
    pub accounts: usize,
    pub people: usize,
    pub equality_answers: usize,
    pub opportunities: usize,
    pub interests: usize,
    pub meetings: usize,
    pub attendances: usize,
    pub claims: usize,
    pub contributions: usize,
    pub status_changes: usize,
    pub feedback: usize,
    pub questionnaires: usize,
    pub ratings: usize,
    pub outcomes: usize,
    pub roles: usize,
    pub invitations: usize,
    pub courses: usize,
    pub training_records: usize,
    pub consents: usize,
    pub support_records: usize,
}

/// The organisation being made, for its accounts: `<name>@<slug>.example`.
pub struct Org<'a> {
    slug: &'a str,
    password_hash: Option<&'a str>,
}

impl Org<'_> {
    fn account(
        &self,
        id: Uuid,
        name: &str,
        display_name: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> account::ActiveModel {
        account::ActiveModel {
            id: Set(id),
            email: Set(format!("{name}@{}.example", self.slug)),
            display_name: Set(display_name.to_owned()),
            password_hash: Set(self.password_hash.map(str::to_owned)),
            sign_in_method: Set(if self.password_hash.is_some() {
                "password"
            } else {
                "link"
            }
            .into()),
            platform_admin: Set(false),
            created_at: Set(now),
            disabled_at: Set(None),
            ..Default::default()
        }
    }

    fn role(account: Uuid, role: Role) -> account_role::ActiveModel {
        account_role::ActiveModel {
            account_id: Set(account),
            role: Set(role.as_str().to_owned()),
            ..Default::default()
        }
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same data on any machine
/// and any version of Withus's dependencies.
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Self {
        Dice(seed)
    }

    pub fn roll(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.roll() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.roll() % 100 < percent
    }

    /// An index drawn in proportion to `weights`.
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut at = (self.roll() as f64 / u64::MAX as f64) * total;
        for (i, w) in weights.iter().enumerate() {
            if at < *w {
                return i;
            }
            at -= w;
        }
        weights.len().saturating_sub(1)
    }

    /// A random (version 4) id, from the seed.
    pub fn id(&mut self) -> Uuid {
        let bytes = (u128::from(self.roll()) << 64 | u128::from(self.roll())).to_be_bytes();
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    pub fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

/// Rows at a time in one INSERT: well under SQLite's 32,766 values for the widest table.
pub const BATCH: usize = 500;

/// Writes `rows` in batches, each batch one transaction.
pub async fn insert<A>(scope: &OrgScope, rows: Vec<A>) -> Result<usize, DbErr>
where
    A: sea_orm::ActiveModelTrait + Clone + Send,
    <A::Entity as sea_orm::EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
    A::Entity: withus_db::OrgOwned,
{
    let n = rows.len();
    for chunk in rows.chunks(BATCH * 4) {
        let txn = scope.transaction().await?;
        for batch in chunk.chunks(BATCH) {
            scope.insert_many_in(&txn, batch.to_vec()).await?;
        }
        txn.commit().await?;
    }
    Ok(n)
}

/// The share of `total` that organisation `i` of `n` gets (the first take the remainder).
fn share(total: usize, n: usize, i: usize) -> usize {
    total / n.max(1) + usize::from(i < total % n.max(1))
}

/// Makes the installation; `progress(what, done, of)` is told as each organisation is done.
pub async fn generate(
    db: &DatabaseConnection,
    plan: &Plan,
    progress: &mut (dyn FnMut(usize, usize, &Made) + Send),
) -> Result<Made, DbErr> {
    let mut made = Made::default();
    let now = chrono::Utc::now();
    for i in 0..plan.organisations {
        let mut dice = Dice::new(plan.seed.wrapping_mul(1_000_003).wrapping_add(i as u64));
        let slug = format!("gen-{}-{i}", plan.seed);
        let org = withus_db::installation::create_organisation(
            db,
            &slug,
            &format!("{} {}", dice.pick(people::PLACES), dice.pick(people::KINDS)),
            now,
        )
        .await?;
        let scope = OrgScope::new(db.clone(), org.id);
        made.organisations += 1;
        let org = Org {
            slug: &slug,
            password_hash: plan.password_hash.as_deref(),
        };
        let coordinator = dice.id();
        let account = org.account(coordinator, "coordinator", "Coordinator", now);
        made.accounts += insert(&scope, vec![account]).await?;
        insert(&scope, vec![Org::role(coordinator, Role::Coordinator)]).await?;
        let (people, members) = people::write(
            &scope,
            &mut dice,
            share(plan.people, plan.organisations, i),
            &org,
            &mut made,
        )
        .await?;
        let ran = activity::write(
            &scope,
            &mut dice,
            &people,
            share(plan.involvements, plan.organisations, i),
            &mut made,
        )
        .await?;
        impact::write(&scope, &mut dice, &ran, coordinator, &members, &mut made).await?;
        details::write(&scope, &mut dice, &ran, &people, coordinator, &mut made).await?;
        withus_db::feedback_owed::everything(&scope, db, now).await?;
        progress(i + 1, plan.organisations, &made);
    }
    // Fresh planner statistics, as after any bulk load: without them PostgreSQL guesses one
    // row a table and picks nested loops that take a hundred times longer. PostgreSQL also
    // vacuums, or its autovacuum does so under the first visitors (the recounts rewrote every
    // meeting): matches ran at 64 requests a second straight after loading, 155 after.
    let tidy = match withus_db::connect::backend_of(db) {
        withus_db::Backend::Postgres => "VACUUM ANALYZE",
        withus_db::Backend::Sqlite => "ANALYZE",
    };
    db.execute_unprepared(tidy).await?;
    Ok(made)
}
