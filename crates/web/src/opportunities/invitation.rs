//! An invitation to an opportunity as the person reads it: the same words on the preview
//! staff check before sending and in the email that goes.

use withus_db::entities::{opportunity, person};

use crate::kit::i18n::t_args;

/// The invitation's subject and body for `p`, with the link to the opportunity under `base`.
pub fn email(p: &person::Model, o: &opportunity::Model, base: &str) -> (String, String) {
    let body = t_args(
        "opp-invite-email",
        &[
            ("name", p.preferred_name.as_deref().unwrap_or(&p.given_name)),
            ("title", &o.title),
            ("summary", &o.summary),
            ("link", &format!("{base}/my/opportunities/{}", o.id)),
        ],
    );
    (t_args("opp-invite-subject", &[("title", &o.title)]), body)
}
