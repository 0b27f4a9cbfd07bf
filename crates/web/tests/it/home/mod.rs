//! The home pages through HTTP on both databases: the involved person's home.

mod member;
