## Withus — English (United Kingdom). Every sentence people read lives here.

service-name = Withus
title-error-prefix = Error:
skip-link = Skip to main content
phase = Alpha
phase-banner-html = This is a new service. Everything you see here is made-up demo data.
footer-links = Support links
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice
footer-synthetic = Withus holds only made-up (synthetic) data in this demo.
signed-in-as = Signed in as { $name }.
sign-out = Sign out

nav-home = Home
nav-accounts = Accounts
nav-outbox = Outbox
nav-audit = Audit log
nav-organisations = Organisations
nav-account = Your account

role-administrator = Administrator
role-coordinator = Involvement coordinator
role-staff = Staff member
role-finance = Finance officer
role-equality = Equality monitoring
role-board = Board member
role-involved-person = Involved person
role-group-representative = Group representative

field-email = Email address
field-password = Password
field-new-password = New password
field-name = Full name
field-role = Role
field-slug = Short name

start-title = Involve people in your services
start-heading = Involve people in shaping your services
start-lead = Withus helps health and social care organisations work with the people who use their services, and their carers, and shows what changed because of them.
start-use = Use Withus to:
start-use-1 = keep one list of the people who want to be involved, and how
start-use-2 = plan fair, accessible meetings and pay people on time
start-use-3 = tell people what difference they made
start-button = Sign in
start-motto = Nothing about us without us.

sign-in-title = Sign in
sign-in-button = Sign in
sign-in-no-password-heading = No password?
sign-in-email-instead = Get a sign-in link by email instead
error-email-missing = Enter your email address
error-password-missing = Enter your password
error-email-format = Enter an email address in the correct format, like name@example.com
error-sign-in-failed = The email address or password is not right. Check them and try again.
error-too-many-attempts = You have tried to sign in too many times. Wait { $minutes } minutes, then try again.
error-too-many-links = You have asked for too many sign-in links. Wait { $minutes } minutes, then try again.

email-link-title = Get a sign-in link by email
email-link-intro = We will email you a link. Open it to sign in. You do not need a password.
email-link-hint = Use the email address you gave the involvement team.
email-link-button = Send me a link
email-link-password-instead = Sign in with a password instead
email-link-subject = Your link to sign in to Withus
email-link-body =
    Hello { $name },

    Use this link to sign in to Withus:

    { $link }

    The link works once, for { $minutes } minutes.

    If you did not ask for it, you do not need to do anything.
check-email-title = Check your email
check-email-sent = If { $email } has an account, we have sent a sign-in link to it.
check-email-expiry = The link works once, for { $minutes } minutes.
check-email-not-arrived = Not arrived?
check-email-again = Ask for another link
link-confirm-title = Sign in to Withus
link-confirm-body = Select the button to finish signing in.
link-confirm-button = Continue
link-invalid-title = This link has expired or was already used
link-invalid-body = Sign-in links work once, for 15 minutes.
link-invalid-again = Ask for a new link
signed-out-title = You have signed out
signed-out-again = Sign in again

staff-home-title = Home
staff-home-heading = Hello, { $name }
staff-home-roles = You are signed in as: { $roles }.
staff-home-coming-heading = Your involvement work
staff-home-coming = People, opportunities, meetings, payments and impact will appear here.
staff-home-admin-heading = Administration
member-home-title = Your involvement
member-home-heading = Hello, { $name }
member-home-lead = This is your own page. It shows how you take part and what happened because of it.
member-home-next-heading = What is next for you
member-home-next = You have nothing booked yet. When the team asks you to take part, it will show here.
member-home-help-heading = Need help?
member-home-help = Your contact in the involvement team can help you by phone or email.
member-home-account-link = Change how you sign in

account-title = Your account
account-sign-in-method = How you sign in
account-roles = Roles
account-created = Created
account-method-legend = How do you want to sign in?
account-method-button = Save how I sign in
account-method-saved = We have saved how you sign in.
account-password-heading = Set a password
account-password-button = Save password
account-password-saved = Your password has been saved.
method-link = With a link sent by email
method-password = With my email address and a password
password-hint = Use at least 10 characters. Three or four unrelated words are easy to remember and hard to guess.
password-too-short = Password must be 10 characters or more
password-too-guessable = Password is too easy to guess. Try three or four unrelated words.
error-method-missing = Select how you want to sign in
error-set-password-first = Set a password before you choose to sign in with one
sign-out-everywhere-heading = Sign out everywhere
sign-out-everywhere-body = This signs you out on every computer, phone and tablet.
sign-out-everywhere-button = Sign out everywhere

accounts-title = Accounts
accounts-caption = Accounts in your organisation
accounts-add = Add an account
back-to-accounts = Back to accounts
new-account-title = Add an account
new-account-intro = The person signs in with a link we email to them. They can set a password later.
new-account-button = Add account
error-name-missing = Enter a full name
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
audit-when = When
audit-who = Who
audit-action = What they did
audit-subject = What it was about
audit-system = Withus

organisations-title = Organisations
organisations-caption = Organisations on this installation
organisations-add-heading = Add an organisation
organisations-button = Add organisation
slug-hint = Lower-case letters, numbers and hyphens, like northbrook-council
error-slug-format = Enter a short name using only lower-case letters, numbers and hyphens
error-slug-taken = Another organisation already uses this short name

error-400-heading = Sorry, there is a problem with that request
error-400-body = Go back and try again.
error-403-heading = You cannot see this page
error-403-body = Your account does not let you do this. Ask your administrator if you think it should.
error-404-heading = Page not found
error-404-body = If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
error-csrf-heading = This form has expired
error-csrf-body = For your security, forms stop working after a while or after you sign in or out. Go back, reload the page and try again.
error-500-heading = Sorry, there is a problem with the service
error-500-body = Try again later. Nothing you saved before this has been lost.
error-reference = If you contact us about this, quote reference { $reference }.
error-go-home = Go to the start page

accessibility-title = Accessibility statement
accessibility-intro = Withus is for everyone, including people who are disabled, older, or not confident online. We want as many people as possible to be able to use it.
accessibility-how-heading = You should be able to
accessibility-how-1 = zoom in up to 400% without the text spilling off the screen
accessibility-how-2 = use every page with just a keyboard
accessibility-how-3 = use every page with a screen reader
accessibility-how-4 = use every page without JavaScript, and on a small phone screen
accessibility-status-heading = How accessible Withus is
accessibility-status = We aim to meet the Web Content Accessibility Guidelines version 2.2 at level AA. Withus uses the GOV.UK Design System, which is tested with disabled people.
accessibility-problems-heading = Reporting problems
accessibility-problems = If something does not work for you, tell your contact in the involvement team. We will fix it or find another way for you to take part, such as by phone or by post.
accessibility-testing-heading = How we test
accessibility-testing = Every page is checked automatically with axe-core in a real browser each time we change Withus, including on a screen 320 pixels wide and with JavaScript turned off.
privacy-title = Privacy notice
privacy-intro = This notice says what information Withus keeps about you, why, and what you can do about it.
privacy-what-heading = What we keep
privacy-what = Your name, how to contact you, how you want to take part, any support you need to take part, and a record of what you took part in and what you were paid.
privacy-equality-heading = Equality monitoring
privacy-equality = Answering equality questions is your choice, and every question has "prefer not to say". Your answers are kept apart from your other details, only a few named people can see them, and reports only show totals.
privacy-who-heading = Who can see it
privacy-who = Only staff of the organisation you are involved with, and only what their job needs. Every time someone looks at or changes your details, it is recorded.
privacy-rights-heading = Your rights
privacy-rights = You can see everything we keep about you, ask us to correct it, and ask us to delete it when you leave.
privacy-cookies-heading = Cookies
privacy-cookies = Withus uses two cookies, both needed for the service to work: one keeps you signed in, and one protects forms from misuse. We do not use cookies to track you.
