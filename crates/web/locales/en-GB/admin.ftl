## Administration (crates/web/src/admin): accounts, the outbox and the audit log.

field-role = Role

account-created = Created

accounts-title = Accounts
accounts-caption = Accounts in your organisation
accounts-add = Add an account
back-to-accounts = Back to accounts
new-account-title = Add an account
new-account-intro = The person signs in with a link we email to them. They can set a password later.
new-account-button = Add account
error-email-taken = An account with this email address already exists
error-role-missing = Select a role

outbox-title = Outbox
outbox-intro = Every email Withus sends goes through here. When no mail server is set up, messages are kept here so you can read them.
outbox-caption = Latest 100 messages
outbox-empty = There are no messages yet.
outbox-created = Created
outbox-to = To
outbox-subject = Subject
outbox-status = Status
outbox-attempts = Attempts to send
outbox-last-error = Last error
outbox-status-pending = Waiting
outbox-status-sent = Sent
outbox-status-kept = Kept here
outbox-status-failed = Not sent
outbox-message-caption = Email
outbox-message-body = Message
back-to-outbox = Back to outbox

audit-title = Audit log
audit-intro = Who looked at or changed personal information, and when. Latest 200 events.
audit-caption = Audit events
audit-who = Who
audit-action = What they did
audit-subject = What it was about
audit-system = Withus
