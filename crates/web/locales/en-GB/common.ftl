## Shared text used by more than one feature: the page layout and navigation, roles, common fields and words, error pages and the plain-language checker.

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
field-name = Full name

error-summary-title = There is a problem
error-email-format = Enter an email address in the correct format, like name@example.com

account-sign-in-method = How you sign in
account-roles = Roles
method-link = With a link sent by email
method-password = With my email address and a password
password-too-short = Password must be 10 characters or more
password-too-guessable = Password is too easy to guess. Try three or four unrelated words.

error-name-missing = Enter a full name

audit-when = When

error-400-heading = Sorry, there is a problem with that request
error-400-body = Go back and try again.
error-403-heading = You cannot see this page
error-403-body = Your account does not let you do this. Ask your administrator if you think it should.
error-401-heading = You need a key to see this page
error-401-body = This page is for monitoring software. It needs the access token your installation set up for it.
error-404-heading = Page not found
error-404-body = If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
error-csrf-heading = This form has expired
error-csrf-body = For your security, forms stop working after a while or after you sign in or out. Go back, reload the page and try again.
error-500-heading = Sorry, there is a problem with the service
error-500-body = Try again later. Nothing you saved before this has been lost.
error-reference = If you contact us about this, quote reference { $reference }.
error-go-home = Go to the start page
error-skipped-hour = That time does not happen on that day: the clocks go forward an hour at 1am. Choose a time before 1am or from 2am.
error-too-long = { $label } must be { $max } characters or fewer
error-hidden-character = { $label } contains a hidden character that cannot be saved. Delete it and type the text again.
error-422-heading = There is a problem with what you sent
error-422-body = Nothing has been saved. Go back to the form, change what is listed above and send it again.
error-422-back = Go back to the form
error-405-heading = Sorry, that cannot be done to this page
error-405-body = This page can only be read or sent as a form. Go back and try again.
error-413-heading = What you sent is too large
error-413-body = Nothing has been saved. Go back and send less, or a smaller file.
error-415-heading = Sorry, that form could not be read
error-415-body = Nothing has been saved. Go back, reload the page and try again.

nav-people = People
nav-opportunities = Opportunities
back = Back
change = Change
remove = Remove
filter-any = Any
people-search-hint = The start of a first or last name
people-search-button = Apply filters

nav-equality = Equality monitoring

warning = Warning

nav-groups = Groups

yes = Yes
no = No
save = Save
actions = Actions
nav-meetings = Meetings
plain-summary = Plain language, { $what }: { $count } { $count ->
    [one] thing
   *[other] things
} to look at, reading age { $age }
plain-ease = Flesch reading ease { $flesch } (60 or more is plain English). Reading age { $age }. { $words } words.
plain-where = line { $line }, character { $column }
plain-none = Nothing to change.
plain-acronym = Initials not explained
plain-jargon = Jargon
plain-long = Long sentence
plain-passive = Who does this?
plain-plainer = Plainer word

nav-payments = Payments
nav-payment-policy = Payment policy

nav-impact = Impact
nav-support = Support and training
date-hint = For example, 27 3 2026

nav-reports = Reports
nav-assessment = Self-assessment
