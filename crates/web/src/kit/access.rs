//! The access each route asks for, and the table of every route's access that pages read to
//! show only the links their reader may follow. The app registers its table when it builds
//! the router, so the kit need not know the features.

use std::sync::OnceLock;

use axum::routing::MethodRouter;

use crate::AppState;

/// What someone does for the organisation, which decides the routes they may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Administrator,
    Coordinator,
    Staff,
    Finance,
    Equality,
    Board,
    InvolvedPerson,
    GroupRepresentative,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Administrator,
        Role::Coordinator,
        Role::Staff,
        Role::Finance,
        Role::Equality,
        Role::Board,
        Role::InvolvedPerson,
        Role::GroupRepresentative,
    ];

    /// Roles of people who work for the organisation, as opposed to people involved with it.
    pub const STAFF: &'static [Role] = &[
        Role::Administrator,
        Role::Coordinator,
        Role::Staff,
        Role::Finance,
        Role::Equality,
        Role::Board,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Coordinator => "coordinator",
            Role::Staff => "staff",
            Role::Finance => "finance",
            Role::Equality => "equality",
            Role::Board => "board",
            Role::InvolvedPerson => "involved_person",
            Role::GroupRepresentative => "group_representative",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// The name people read, from the translation bundle.
    pub fn label(self) -> String {
        crate::kit::i18n::t(&format!("role-{}", self.as_str().replace('_', "-")))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Public,
    SignedIn,
    Roles(&'static [Role]),
    PlatformAdmin,
}

pub const ADMIN: Access = Access::Roles(&[Role::Administrator]);
/// Involved people, on their own pages.
pub const OWN: Access = Access::Roles(&[Role::InvolvedPerson, Role::GroupRepresentative]);
/// Equality monitoring answers are special category data: this role only.
pub const EQUALITY: Access = Access::Roles(&[Role::Equality]);
/// Erasing someone's details for them, when they ask by phone or letter.
pub const ERASE: Access = Access::Roles(&[Role::Administrator, Role::Coordinator]);
/// Settings that hold for the whole organisation's involvement work.
pub const COORDINATE: Access = Access::Roles(&[Role::Administrator, Role::Coordinator]);
/// Finance officers decide on claims, record payments and export them.
pub const FINANCE: Access = Access::Roles(&[Role::Finance]);
/// Claims and their receipts: finance and coordinators only (and the person, on their own pages).
pub const CLAIMS: Access = Access::Roles(&[Role::Finance, Role::Coordinator]);
/// Reports of aggregates: coordinators, the board, and whoever looks after equality data.
pub const REPORTS: Access = Access::Roles(&[
    Role::Administrator,
    Role::Coordinator,
    Role::Board,
    Role::Equality,
]);
/// Staff who work with the register of people.
pub const PEOPLE: Access = Access::Roles(&[Role::Administrator, Role::Coordinator, Role::Staff]);

#[derive(Clone, Copy, Debug)]
pub struct RouteDef {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

/// A route as a feature declares it: what it answers, the access it needs, and its handler.
pub type Route = (RouteDef, MethodRouter<AppState>);

/// One row of a feature's route table.
pub fn route(
    method: &'static str,
    path: &'static str,
    access: Access,
    handler: MethodRouter<AppState>,
) -> Route {
    (
        RouteDef {
            method,
            path,
            access,
        },
        handler,
    )
}

static TABLE: OnceLock<Vec<(&'static str, Vec<&'static str>, Access)>> = OnceLock::new();

/// Keeps the route table for `access_for`; the first table registered stays (every app in
/// a process serves the same routes).
pub fn register(routes: Vec<RouteDef>) {
    TABLE.get_or_init(|| {
        routes
            .into_iter()
            .map(|r| (r.method, r.path.split('/').collect(), r.access))
            .collect()
    });
}

/// The access a route needs, or none when no route matches (or no table is registered).
pub fn access_for(method: &str, path: &str) -> Option<Access> {
    // Every page asks this for each link it shows, so the table is split into segments once.
    let split = TABLE.get()?;
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let wanted: Vec<&str> = path.split('/').collect();
    let param = |p: &str| p.starts_with('{') && p.ends_with('}');
    split
        .iter()
        .filter(|(m, parts, _)| *m == method && parts.len() == wanted.len())
        .filter(|(_, parts, _)| {
            parts
                .iter()
                .zip(&wanted)
                .all(|(p, w)| (param(p) && !w.is_empty()) || p == w)
        })
        // As the router does: `/people/new` wins over `/people/{person_id}`.
        .max_by_key(|(_, parts, _)| parts.iter().filter(|p| !param(p)).count())
        .map(|(_, _, access)| *access)
}

/// The access a page at `path` (a real address, `/people/123`) needs, read from the table, so a
/// link can be left out for people who could not open it.
pub fn access_to(path: &str) -> Option<Access> {
    access_for("GET", path)
}
