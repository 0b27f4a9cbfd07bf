## The platform (crates/web/src/platform): the organisations on this installation.

field-slug = Short name

organisations-title = Organisations
organisations-caption = Organisations on this installation
organisations-add-heading = Add an organisation
organisations-button = Add organisation
slug-hint = Lower-case letters, numbers and hyphens, like northbrook-council
error-slug-format = Enter a short name using only lower-case letters, numbers and hyphens
error-slug-taken = Another organisation already uses this short name
