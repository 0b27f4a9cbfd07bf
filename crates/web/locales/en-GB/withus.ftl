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
error-summary-title = There is a problem
error-email-missing = Enter your email address
error-password-missing = Enter your password
error-email-format = Enter an email address in the correct format, like name@example.com
error-sign-in-failed = The email address or password is not right. Check them and try again.
error-wait-seconds = There have been several wrong passwords for this account. Wait { $seconds } seconds, then try again, or get a sign-in link by email.
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
error-formula-start = { $label } must not start with =, +, - or @
error-postcode-format = Enter a postcode using only letters, numbers and spaces, like NB1 2AB
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

## The register of people
nav-people = People
nav-opportunities = Opportunities
back = Back
change = Change
remove = Remove
until = until
none-recorded = Not recorded
filter-any = Any
people-title = People
people-caption = People in the register
people-filter-heading = Find people
people-search = Name
people-search-hint = The start of a first or last name
people-search-button = Apply filters
people-add = Add a person
people-found = { $count ->
    [one] 1 person
   *[other] { $count } people
}
back-to-people = Back to people
person-caption = Person
person-new-title = Add a person
person-edit-title = Change details for { $name }
person-save = Save
person-added = The person has been added.
person-changed = The changes have been saved.
person-details-heading = Details
person-access-heading = Access needs and adjustments
person-access-change = Change access needs
field-given-name = First name
field-family-name = Last name
field-preferred-name = Preferred name
preferred-name-hint = What they like to be called, if different
field-pronouns = Pronouns
pronouns-hint = For example, she/her, he/him or they/them
field-phone = Phone number
field-postcode = Postcode
field-involvement-role = Role in involvement
involvement-role-hint = People say for themselves how they are involved.
field-status = Status
field-access-need = Access need
field-way = Way of taking part
field-topic = Topic
field-contact = We may contact them by
field-ways = Ways of taking part
field-topics = Topics they want to be involved in
field-access-needs = Access needs
field-access-notes = Anything else about their access needs
field-paid-preference = Payment
field-days = Days
field-day = Day
field-from = From
field-to = To
field-times = Times
field-weeks = Weeks
field-action = Action
field-break-until = Taking a break until
break-until-hint = Only if taking a break. For example, 27 3 2027
time-hint = For example, 9:30 or 14:45
times-heading = Times they cannot do
times-intro = Meetings are checked against these times.
times-none = No times recorded.
times-caption = Times they cannot do
times-add-heading = Add a time they cannot do
times-add-button = Add time
term-time-only = School term time only
term-time-only-label = Only in school term time
every-week = Every week
status-heading = Status
status-button = Save status
status-history = Status history
person-role-service-user = Uses services
person-role-carer = Unpaid carer
person-role-both = Uses services and is a carer
person-role-other = Other
person-status-active = Active
person-status-break = Taking a break
person-status-left = Left
way-in-person = In person
way-online = Online
way-phone = By phone
way-post = By post
topic-mental-health = Mental health
topic-dementia = Dementia
topic-learning-disability = Learning disability
topic-autism = Autism
topic-physical-disability = Physical disability
topic-older-people = Older people
topic-carers = Carers
topic-children-families = Children and families
topic-drugs-alcohol = Drugs and alcohol
topic-housing = Housing
topic-social-work-education = Social work education
need-step-free = Step-free access
need-hearing-loop = Hearing loop
need-bsl-interpreter = British Sign Language interpreter
need-language-interpreter = Interpreter for another language
need-large-print = Large print
need-easy-read = Easy read
need-braille = Braille
need-audio = Audio
need-breaks = Regular breaks
need-quiet-room = Quiet room
need-companion = A carer or personal assistant with them
need-travel-booked = Travel booked in advance
paid-paid = Paid
paid-unpaid = Unpaid
paid-either = Either
contact-email = Email
contact-phone = Phone
contact-text = Text message
contact-post = Post
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
error-given-name-missing = Enter a first name
error-family-name-missing = Enter a last name
error-involvement-role-missing = Select their role in involvement
error-email-needed-for-contact = Enter an email address, or untick email as a way to contact them
error-phone-needed-for-contact = Enter a phone number, or untick phone and text message as ways to contact them
error-paid-preference-missing = Select paid, unpaid or either
error-days-missing = Select at least one day
error-time-from = Enter a start time, like 9:30 or 14:45
error-time-to = Enter an end time, like 10:30 or 15:30
error-time-order = The end time must be after the start time
error-status-missing = Select a status
error-break-date = Enter the date the break ends, like 27 3 2027
error-break-date-past = The date the break ends must be in the future
field-areas = Areas of work they want to help with
field-roles = Roles they would like
field-levels = How much say they want
field-time-commitment = How much time they can give
error-time-commitment = Select how much time they can give
area-teaching = Teaching
area-research = Research
area-staff-recruitment = Staff recruitment
area-service-design = Designing services
area-commissioning = Commissioning
area-governance = Governance
area-staff-training = Staff training
area-quality-monitoring = Checking quality
prole-ambassador = Ambassador
prole-critical-friend = Critical friend
prole-co-worker = Co-worker
prole-consultant = Consultant
prole-expert-by-experience = Expert by experience
prole-panel-member = Panel member
prole-trainer = Trainer
level-informing = Being kept informed
level-researching = Helping with research
level-consulting = Being asked for views
level-participation = Taking part in decisions
level-delegated-power = Making some decisions
level-empowerment = Leading the work
time-one-off = Something one-off
time-few-hours-month = A few hours a month
time-day-month = About a day a month
time-more = More than a day a month

## A person's own pages
back-to-home = Back to your page
member-home-details-link = Your details, choices and access needs
member-home-opportunities-link = Ways to get involved
my-details-title = Your details
my-details-intro = This is what we know about you. You can change any of it.
my-change-title = Change your details
my-access-heading = What helps you take part
my-access-change = Change what helps you take part
my-times-heading = Times you cannot do
my-times-intro = We will not ask you to meetings at these times.
my-times-add-heading = Add a time you cannot do
my-status-heading = Taking a break or leaving
my-status-intro = You can take a break, or stop taking part, at any time. You can come back when you want.
my-data-heading = Everything we hold about you
my-data-intro = You can download a copy of everything Withus holds about you, and who has looked at it.
my-data-link = Download your data
my-data-about = Everything Withus holds about you, made when you asked for it.
my-data-page-link = Read it on a page
my-data-page-title = Everything we hold about you
held-intro = This is every record Withus holds about you or that you wrote, as it is stored. Ids and empty boxes are left out here; the download has everything.
held-download = Download it as a file (JSON)
held-nothing = We hold nothing about you.
held-count = { $count ->
    [one] 1 record
   *[other] { $count } records
}
held-staff-title = Everything we hold about this person
held-staff-intro = For a request made by phone or letter. Send them the download, or print this page. Opening it is recorded in the audit trail.
held-staff-what = It lists every record Withus holds about them or that they wrote, in the words they will read if you send it. Links between records are left out here; the download has everything.
person-erased-on = Their details were erased on { $when }. The anonymous record stays so that counts still add up; nothing can be added to it.
held-staff-link = Everything we hold about them
personal-details = Your details
personal-account = Your sign-in
personal-roles = What you can do when signed in
personal-sessions = Where you are signed in
personal-sign-in-links = Sign-in links sent to you
personal-choices = What you would like to be involved in
personal-times = Times you cannot do
personal-status-history = Changes to whether you are involved
personal-equality = Your equality monitoring answers
personal-consents = What you agreed to
personal-interests = Opportunities you said you were interested in
personal-invitations = Opportunities we invited you to
personal-meetings = Meetings you were expected at
personal-agenda-items = Things you asked to talk about at meetings
personal-claims = Your claims for fees and expenses
personal-claim-lines = What each claim was for
personal-claim-receipts = Receipts you sent
personal-payments = Payments to you
personal-travel = Travel we booked for you
personal-questionnaires = Your answers to questionnaires
personal-ratings = Your ratings of how well we involve people
personal-feedback = Feedback we sent you
personal-contributions = What you said that we recorded
personal-named = Where we recorded your name beside what was said
personal-support = Support we gave you
personal-training = Training you did
personal-mentoring = Mentoring
personal-mentoring-meetings = Mentoring meetings
personal-groups = Groups you are in
personal-draws = Fair lottery draws you were in
personal-acknowledgements = Checks of meetings that name you
personal-imports = Files of people we added you from
personal-mail = Emails to you
personal-retention = When we would erase your details, and why we kept them
personal-audit = Who looked at or changed your records
own-field-name = Your name
own-preferred-name-hint = What you like to be called, if different
own-field-involvement-role = How you are involved
own-involvement-role-hint = Say how you see yourself.
own-field-contact = We may contact you by
own-field-ways = How you want to take part
own-field-topics = Topics you want to be involved in
own-field-access-needs = What helps you take part
own-field-access-notes = Anything else that helps you take part
own-field-areas = Areas of work you want to help with
own-field-roles = Roles you would like
own-field-levels = How much say you want
own-field-time-commitment = How much time you can give
own-field-paid-preference = Do you want to be paid?
own-field-status = Are you taking part at the moment?
own-field-break-until = If you are taking a break, until when?

## Equality monitoring
nav-equality = Equality monitoring
equality-title = Equality monitoring
equality-intro = Find the person whose answers you want to record. Answers are kept apart from the register, only people with the equality monitoring role can see them, and reports only ever show totals.
equality-person-title = Equality monitoring for { $name }
equality-person-intro = Every question is voluntary. Leave a question blank if it was not answered, or choose "Prefer not to say".
equality-answered = Last answered on { $date }.
equality-save = Save answers
equality-saved = The answers have been saved.
prefer-not-to-say = Prefer not to say
eq-birth-year = Year of birth
eq-birth-year-hint = For example, 1958. Leave blank if they chose an age band instead.
eq-age-band = Age
eq-sex = Sex
eq-gender-same = Is the gender they identify with the same as their sex registered at birth?
eq-orientation = Which of the following best describes their sexual orientation?
eq-ethnic-group = Ethnic group
eq-religion = Religion
eq-condition = Do they have any physical or mental health conditions or illnesses lasting or expected to last 12 months or more?
eq-impact = Do any of their conditions or illnesses reduce their ability to carry out day-to-day activities?
eq-unpaid-care = Do they look after, or give any help or support to, anyone because of long-term health conditions, disability or problems related to old age?
eq-yes = Yes
eq-no = No
eq-female = Female
eq-male = Male
eq-straight = Straight or heterosexual
eq-gay-lesbian = Gay or lesbian
eq-bisexual = Bisexual
eq-other-orientation = Other sexual orientation
eq-a-lot = Yes, a lot
eq-a-little = Yes, a little
eq-not-at-all = Not at all
age-0-15 = Under 16
age-16-24 = 16 to 24
age-25-44 = 25 to 44
age-45-64 = 45 to 64
age-65-74 = 65 to 74
age-75-84 = 75 to 84
age-85-plus = 85 or over
eth-asian-bangladeshi = Asian, Asian British or Asian Welsh: Bangladeshi
eth-asian-chinese = Asian, Asian British or Asian Welsh: Chinese
eth-asian-indian = Asian, Asian British or Asian Welsh: Indian
eth-asian-pakistani = Asian, Asian British or Asian Welsh: Pakistani
eth-asian-other = Asian, Asian British or Asian Welsh: any other Asian background
eth-black-african = Black, Black British, Black Welsh, Caribbean or African: African
eth-black-caribbean = Black, Black British, Black Welsh, Caribbean or African: Caribbean
eth-black-other = Black, Black British, Black Welsh, Caribbean or African: any other Black background
eth-mixed-white-asian = Mixed or Multiple ethnic groups: White and Asian
eth-mixed-white-black-african = Mixed or Multiple ethnic groups: White and Black African
eth-mixed-white-black-caribbean = Mixed or Multiple ethnic groups: White and Black Caribbean
eth-mixed-other = Mixed or Multiple ethnic groups: any other Mixed or Multiple background
eth-white-british = White: English, Welsh, Scottish, Northern Irish or British
eth-white-irish = White: Irish
eth-white-gypsy-traveller = White: Gypsy or Irish Traveller
eth-white-roma = White: Roma
eth-white-other = White: any other White background
eth-other-arab = Other ethnic group: Arab
eth-other-any = Other ethnic group: any other ethnic group
rel-none = No religion
rel-christian = Christian
rel-buddhist = Buddhist
rel-hindu = Hindu
rel-jewish = Jewish
rel-muslim = Muslim
rel-sikh = Sikh
rel-other = Any other religion
care-no = No
care-9-or-less = Yes, 9 hours a week or less
care-10-19 = Yes, 10 to 19 hours a week
care-20-34 = Yes, 20 to 34 hours a week
care-35-49 = Yes, 35 to 49 hours a week
care-50-plus = Yes, 50 or more hours a week
eq-consent-legend = Using these answers to make selection fair
eq-consent-label = They agree that their answers can be used when places are offered by a fair lottery
eq-consent-hint = This is a separate choice. They can change their mind at any time; untick the box to record that they withdrew.
eq-consent-how = How did they agree?
how-online = Online
how-paper = On a paper form
how-phone = By phone
how-in-person = In person
error-equality-answer = Select one of the answers, or "Prefer not to say"
error-birth-year = Enter a year of birth between 1900 and { $year }, like 1958
error-consent-how = Select how they agreed

## Erasure
warning = Warning
person-erased = Erased person
person-erased-banner = Their details have been erased.
erase-section = Erasing their details
erase-link = Erase their details, because they asked us to
erase-title = Erase details
erase-heading = Erase the details of { $name }?
erase-body = Their name, contact details, choices, access needs, times, equality answers, consents and sign-in will be removed. We keep an anonymous record so that our counts of people involved still add up.
erase-cannot-undo = You cannot undo this.
erase-button = Erase their details
erase-keep = No, keep their details
my-erase-title = Ask us to erase your details
my-erase-intro = If you want to stop being involved and want us to forget you, you can ask us to erase your details.
my-erase-link = Erase my details
my-erase-body = We will remove your name, how to contact you, your choices, what helps you take part, your answers to equality questions, everything you wrote to us and your sign-in. You will come off meetings that have not happened yet. We keep only anonymous numbers, like how many people took part, and the record of any payments, without your name, for as long as the law says.
my-erase-button = Erase my details
my-erase-keep = No, keep my details
erased-title = Your details have been erased
erased-body = We have removed your details. Thank you for everything you did with us. If you want to be involved again, contact the involvement team.

## Retention: erasing the details of people we no longer involve
retention-title = How long we keep people's details
retention-link = How long we keep people's details
retention-intro = You can choose to erase the details of people who left, or who have not taken part, for a number of years. We tell each person first, in the way they chose to hear from us, and erase their details only when the notice period is over. You can keep anyone's details if there is a good reason.
retention-question = Erase the details of people we no longer involve?
retention-question-error = Select yes or no
retention-on = Yes, after a number of years
retention-off = No, keep everyone's details until they ask us to erase them
retention-years = Years since they left or last took part
retention-years-hint = A whole number from 1 to 10.
retention-years-error = Enter a number of years from 1 to 10
retention-notice-days = Days of notice before we erase their details
retention-notice-days-hint = A whole number from 14 to 365. Usually 30.
retention-notice-days-error = Enter a number of days from 14 to 365
retention-is-off = This is set to No, so nobody's details are erased for this reason.
retention-saved = Settings saved
retention-kept-saved = We will keep their details
retention-released-saved = We no longer keep their details. If they are still due, we will tell them again before anything is erased.
retention-letter-saved = Letter recorded as posted
retention-action = Action
retention-name = Name
retention-letters = Letters to send
retention-letters-intro = These people do not get email from us. Send each of them a letter with the words below, then press "Letter posted". The notice period starts on the day you post it.
retention-letters-none = There are no letters to send.
retention-letter-posted = Letter posted
retention-letter-words = Words for the letter to { $name }
retention-reach = How to reach them
retention-reach-postcode = Postcode
retention-reach-phone = Phone
retention-reach-email = Email
retention-reach-agreed = Ways they agreed to
retention-reach-none = No contact details recorded
retention-due = People due
retention-due-count = { $count ->
    [one] 1 person is due.
   *[other] { $count } people are due.
}
retention-due-shown = The { $count } who have waited longest are shown.
retention-due-none = Nobody is due.
retention-why = Why
retention-why-left = Left on { $date }
retention-why-idle = Not involved since { $date }
retention-why-never = Never involved. Added on { $date }
retention-next = What happens next
retention-next-tell = We will tell them within a day
retention-next-letter = Waiting for you to post their letter
retention-next-erase = Told on { $told }. Their details will be erased on or after { $date }.
retention-keep = Keep
retention-kept = People whose details we keep
retention-kept-none = You are not keeping anyone's details for a reason.
retention-kept-reason = Why we keep them
retention-kept-by = Decided
retention-kept-on = { $name } on { $date }
retention-stop = Stop keeping
retention-keep-heading = Keep the details of { $name }
retention-keep-intro = We will not tell them that we plan to erase their details, and we will not erase them, until you stop keeping them.
retention-reason = Why are we keeping their details?
retention-reason-hint = For example, they are on an interview panel until next year. Up to 500 characters.
retention-reason-error = Enter why we are keeping their details
retention-reason-too-long = Why we are keeping their details must be 500 characters or fewer
retention-keep-button = Keep their details
retention-notice-subject = We plan to remove your details
retention-notice-left = Our records say you stopped being involved with us on { $date }.
retention-notice-idle = You have not taken part in anything with us since { $date }.
retention-notice-never = You joined our list of involved people on { $date } and have not taken part in anything since.
retention-notice-email = Dear { $name },

    { $why }

    { $organisation } keeps people's details only while they are involved. On { $date } we will remove your name, your contact details and everything else we hold about you. We keep only numbers that do not say who you are.

    If you want us to keep your details, tell the involvement team before { $date }. If you are happy for us to remove them, you do not need to do anything.

    Thank you for everything you did with us.

## Importing people from a spreadsheet
people-import = Import people from a spreadsheet
import-title = Import people from a spreadsheet
import-intro = Upload a CSV file with a header row. Nothing is added until you have checked the preview and confirmed.
import-how = In Excel or Numbers, choose Save As, then "CSV UTF-8". Put one person on each row. For lists, like access needs, separate the choices with semicolons.
import-file = CSV file
import-file-hint = Up to 5 MB and 20,000 rows
import-upload-button = Upload and check
import-error-empty = The selected file is empty
import-error-missing = Select a CSV file
import-error-too-big = The selected file must be smaller than 5 MB
import-error-not-csv = The selected file must be a CSV file. In Excel or Numbers, choose Save As, then "CSV UTF-8".
import-error-broken = The file did not upload properly. Try again.
import-error-unclosed-quote = Row { $row } has a quote mark that is not closed. Close it or remove it, then upload the file again.
import-error-duplicate-column = The selected file has more than one column called "{ $column }". Rename or remove one of them.
import-read-as-windows-1252 = This file was read as Windows-1252 (Excel's "CSV" format). Check that names with accents look right.
import-separator-semicolon = The columns in this file are separated by semicolons, so we read it that way.
import-separator-tab = The columns in this file are separated by tabs, so we read it that way.
import-error-no-headers = The first row of the file must hold the column names
import-error-no-rows = The selected file has no rows of people
import-error-too-many = The selected file must have { $rows } rows or fewer
import-problem-formula = { $field } starts with =, +, - or @, which spreadsheets run as a formula. Remove it, or put a space first.
import-problem-unknown = { $field }: we do not know "{ $value }"
import-problem-duplicate-email = Someone in the register already has this email address
import-problem-duplicate-in-file = This email address is on an earlier row of the file
import-problem-duplicate-name = Someone in the register already has this name and postcode
import-preview-title = Check the import
import-summary = { $good ->
    [one] 1 person can be imported.
   *[other] { $good } people can be imported.
} { $bad ->
    [0] No rows have problems.
    [one] 1 row has problems and will be left out.
   *[other] { $bad } rows have problems and will be left out.
}
import-columns-heading = Which column holds what
import-columns-intro = We matched the columns by their names. Change any that are wrong.
import-column-none = Not in this file
import-columns-button = Check again
import-problems-heading = Rows with problems
import-problems-caption = Rows that will be left out
import-line = Line
import-what-to-fix = What to fix
import-good-heading = People who will be imported
import-good-caption = The first 10 people who will be imported
import-confirm-button = Import { $count ->
    [one] 1 person
   *[other] { $count } people
}
import-nothing = Fix the file and upload it again: no rows can be imported yet.
import-done-title = Import complete
import-done = { $count ->
    [one] 1 person was added to the register.
   *[other] { $count } people were added to the register.
}
import-again = Upload another file
import-progress-title = Importing people
import-queued = { $count ->
    [one] Waiting to start adding 1 person from { $file }.
   *[other] Waiting to start adding { $count } people from { $file }.
}
import-importing = { $count ->
    [one] Adding 1 person from { $file }. Started { $seconds } seconds ago.
   *[other] Adding { $count } people from { $file }. Started { $seconds } seconds ago.
}
import-progress-leave = You can leave this page: the import carries on, and nothing is added unless every row goes in.
import-progress-check = Check progress
import-stalled = { $count ->
    [one] Withus stopped while adding 1 person from { $file }, and nobody was added. It will start again by itself within a minute, or you can try again now.
   *[other] Withus stopped while adding { $count } people from { $file }, and nobody was added. It will start again by itself within a minute, or you can try again now.
}
import-retry-button = Try again
import-failed = The import stopped and nothing was added. Try again. If it stops again, ask your administrator to look at the server log.

## Exporting the register
people-export = Export the register
export-title = Export the register
export-intro = Choose what to include. The file holds personal information: keep it safe, and delete it when you no longer need it. Every export is recorded in the audit log.
export-columns = Columns
export-format = File type
export-csv = CSV
export-xlsx = Excel spreadsheet (XLSX)
export-button = Download
field-named-contact = Named contact in the team
own-field-named-contact = Your contact in the team
named-contact-none = No named contact yet
error-named-contact = Select a member of staff from the list
field-last-involved = Last involved
involved-last-year = In the last 12 months
involved-not-last-year = Not in the last 12 months
involved-never = Never
consents-heading = Consents
consents-none = No consents recorded.
consents-caption = Consents they have given
consent-what = What they agreed to
consent-given = Given
consent-how = How they agreed
consent-record-heading = Record a consent
consent-record = Record consent
consent-withdraw = Withdraw
consent-withdrawn-on = Withdrawn
consent-keep-details = We may keep their details to involve them
consent-contact = We may contact them about opportunities to take part
consent-share-stories = We may share their story, with their name, in reports
error-consent-purpose = Select what they agreed to

## Groups and user-led organisations
nav-groups = Groups
groups-title = Groups and user-led organisations
groups-intro = Groups and user-led organisations can take part as members, through the people who represent them.
groups-none = There are no groups yet.
groups-add = Add a group
group-caption = Group
group-name = Name of the group
group-kind = What kind of group it is
group-kind-group = A group
group-kind-ulo = A user-led organisation
group-about = About the group
group-members = Members
group-role = Role
group-represents = Represents the group
group-represents-label = { $name } represents the group
group-add-person = Add { $name }
group-no-members = Nobody has been added yet.
group-add-member = Add a member
group-find-person = Find a person
group-find-button = Find
group-nobody-found = Nobody in the register matches.
error-group-name = Enter the name of the group
error-group-kind = Select what kind of group it is
people-found-many = More than { $count } people. Use the filters to narrow the list.

## Opportunities
opp-title = Opportunities
opp-intro = Each opportunity says why people are involved, how much say they have, and what they can and cannot change.
opp-none = No opportunities yet.
opp-add = Create an opportunity
opp-change = Change the opportunity
opp-save = Save
opp-back = Back to opportunities
opp-caption = Opportunity
opp-added = The opportunity was saved as a draft.
opp-changed = Your changes were saved.
opp-moved = The opportunity has moved to its next step.
opp-field-title = Title
opp-field-summary = Summary in plain English
opp-summary-hint = Two or three sentences a person reads first: what it is and who it is for.
opp-field-purpose = Why we are involving people
opp-purpose-hint = What this involvement is for, and what we hope it will change.
opp-field-outcomes = What we intend to happen as a result
opp-outcomes-hint = One outcome on each line. Impact is checked against these later.
opp-field-level = How much say people have
opp-level-hint = The ladder of involvement, from being kept informed to leading the work.
level-informing-explained = We tell people what is happening and why. They cannot change it.
level-researching-explained = People help us find things out, for example by answering questions or collecting views.
level-consulting-explained = We ask for views and take them into account, but we make the decision.
level-participation-explained = People take part in making the decision with us, as equals in the room.
level-delegated-power-explained = People decide some things themselves, within limits we agree at the start.
level-empowerment-explained = People lead the work and make the decisions; we support them.
opp-field-can-change = What people can change
opp-field-cannot-change = What people cannot change
opp-field-who-decides = Who makes the final decision
opp-who-decides-hint = For example, "the carers' partnership board".
opp-field-area = Area of work
opp-field-org-level = Level in the organisation
org-level-daily = Day-to-day decisions
org-level-service = A service or team
org-level-organisation = The whole organisation
org-level-strategic = Strategy and long-term plans
opp-role-heading = Role { $number }
opp-field-role-kind = Kind of role
opp-role-none = No role
opp-role-own = Our own name for the role
opp-field-role-name = Name of the role
opp-role-name-hint = Leave blank to use the kind of role.
opp-field-role-description = What the role involves
opp-roles-heading = Roles
opp-field-topics = Topics
opp-field-time = Time it takes
opp-field-way = How people take part
opp-way-in-person = In person
opp-way-online = Online
opp-way-both = In person or online
opp-field-venue = Where
opp-field-access = Access needs we can meet
opp-field-date = Date of the first session
opp-field-from = Starts at
opp-field-to = Ends at
opp-time-hint = For example, 10:00
opp-field-when = When
opp-when-not-set = Not set yet
opp-field-paid = Is it paid?
opp-paid-yes = Paid
opp-paid-no = Unpaid
opp-unpaid = Unpaid (expenses are paid)
opp-field-rate = Rate in pounds
opp-rate-hint = For example, 25.00
opp-field-rate-unit = Paid for each
rate-hour = hour
rate-session = session
rate-day = day
opp-field-pay = Payment
opp-field-places = Number of places
opp-field-reserves = Number of reserves
opp-reserves-word = reserves
opp-field-owner = Owner
opp-owner-none = Nobody yet
opp-field-budget = Budget in pounds
opp-budget-hint = Optional
opp-field-status = Stage
opp-status-draft = Draft
opp-status-open = Open
opp-status-recruiting = Recruiting
opp-status-active = Active
opp-status-evaluating = Evaluating
opp-status-closed = Closed
opp-error-title = Enter a title
opp-error-title-long = The title must be 150 characters or fewer
opp-error-summary = Enter a summary in plain English
opp-error-too-long = This must be 4,000 characters or fewer
opp-error-way = Select how people take part
opp-error-role-kind = Select the kind of role, or clear its name and description
opp-error-role-name = Enter a name for the role
opp-error-date = Enter the date of the first session, like 27 3 2027
opp-error-times = Enter when it starts and ends, like 10:00 and 12:30
opp-error-times-order = The end time must be after the start time
opp-error-rate = Enter the rate in pounds, like 25.00
opp-error-places = Enter the number of places, from 1 to 500
opp-error-reserves = Enter the number of reserves, from 0 to 500
opp-error-budget = Enter the budget in pounds, like 1500.00
opp-lifecycle = Next step
opp-lifecycle-intro = An opportunity goes from draft to open, recruiting, active, evaluating and closed.
opp-move-to = Move to { $status }
opp-back-to-draft = Back to draft
opp-problems-intro = Before it can move on:
opp-problem-step = It can only move to its next step, or back to draft before anyone is chosen
opp-problem-purpose = Say why you are involving people
opp-problem-outcomes = Add at least one intended outcome
opp-problem-level = Choose how much say people have
opp-problem-limits = Say what people can change, what they cannot, and who makes the final decision
opp-problem-role-description = Describe what each role involves
opp-history = What has happened
opp-history-when = When
opp-matches-title = People whose choices match
opp-matches-intro = Active people whose topics, roles, level, ways of taking part, times and access needs fit. Nobody taking a break or who has left is included.
opp-matches-count = { $count ->
    [one] 1 person matches.
   *[other] { $count } people match.
}
opp-invitation = Invitation
opp-invited = Invited
opp-not-invited = Not invited yet
opp-no-email = Does not get email
opp-invite-button = { $count ->
    [one] Email an invitation to 1 person
   *[other] Email an invitation to { $count } people
}
opp-publish-intro = Or tell every active member who agreed to email, whatever their choices.
opp-publish-button = Tell all active members
opp-invites-sent = { $count ->
    [one] 1 invitation was sent.
   *[other] { $count } invitations were sent.
}
opp-invite-subject = A way to get involved: { $title }
opp-invite-email = Dear { $name },

    We think this might interest you: { $title }.

    { $summary }

    Read more and tell us if you are interested: { $link }

    You do not have to reply. You can change which emails you get on your details page.
opp-interest-title = Interest and selection
opp-interest-none = Nobody has said they are interested yet.
opp-places-taken = { $taken } of { $places } places offered or confirmed.
opp-note = Their note
opp-action = Action
opp-decide = Decide
opp-reserve-rank = (number { $rank })
opp-promote-intro = A place is free. Offer it to the first reserve?
opp-promote-button = Offer the place to { $name }
opp-decide-title = Decide on their interest
opp-decide-legend = What have you decided?
decision-offer = Offer a place
decision-confirm = Confirm a place
decision-reserve = Make them a reserve
decision-not-selected = Not this time
opp-reason = Reason they will be told
opp-reason-hint = Needed for "not this time". Be kind and specific, for example "We had many carers and needed more service users this time".
opp-decide-button = Save decision
opp-error-decision = Select what you have decided
opp-error-reason = Enter the reason they will be told
opp-error-full = Every place is offered or confirmed already. Make them a reserve, or withdraw someone first.
opp-fairness-title = Who has been involved in the last 12 months
opp-fairness-intro = Confirmed places in the last 12 months, so places can be spread fairly.
opp-fairness-never = { $count ->
    [one] 1 active person has not been involved in the last 12 months.
   *[other] { $count } active people have not been involved in the last 12 months.
}
opp-fairness-most = Involved most
opp-fairness-least = Involved least (at least once)
opp-times-involved = Places
interest-interested = Interested
interest-offered = Offered a place
interest-confirmed = Confirmed
interest-reserve = Reserve
interest-not-selected = Not this time
interest-withdrawn = Withdrawn
my-opp-title = Ways to get involved
my-opp-fitting-intro = These fit the choices on your details page.
my-opp-show-all = Show all open opportunities
my-opp-all-intro = These are all the open opportunities.
my-opp-show-fitting = Show only those that fit your choices
my-opp-none = There is nothing open right now. We will email you when there is, if you agreed to email.
my-opp-standing = Where you stand
my-opp-reason = What we told you
my-opp-back = Back to ways to get involved
my-opp-where-you-stand = Where you stand:
my-opp-say-heading = Tell us you are interested
my-opp-note = Anything you want to tell us (optional)
my-opp-note-hint = For example, why it interests you, or a question.
my-opp-access = What you need to take part
my-opp-access-hint = We filled this in from your details. Change it if this time is different.
my-opp-interested = I am interested
my-opp-withdraw = Withdraw
my-opp-accept = Accept the place

## Quotas and the fair lottery
quota-cat-role = Role
quota-cat-age = Age
quota-cat-sex = Sex
quota-cat-ethnic = Ethnic group
quota-cat-disability = Disability
quota-cat-care = Unpaid care
quota-eth-asian = Asian, Asian British or Asian Welsh
quota-eth-black = Black, Black British, Black Welsh, Caribbean or African
quota-eth-mixed = Mixed or multiple ethnic groups
quota-eth-white = White
quota-eth-other = Other ethnic group
quota-disabled = Disabled under the Equality Act
quota-not-disabled = Not disabled under the Equality Act
quota-care-no = Provides no unpaid care
quota-care-yes = Provides unpaid care
quota-not-known = not known
quota-people-whose = people whose { $category } is “{ $value }”
quota-conflict-few = No panel of { $size } can have at least { $min } { $label }: fewer than { $small } such people in the pool agreed to their answers being used
quota-title = Quotas for a fair lottery
quota-intro = Set the least and most people with each answer that the panel must have, so it reflects the people you serve. A value without a quota can fill any seat.
quota-places = { $places } places to fill from { $pool } people waiting for a decision.
quota-privacy = Equality answers count only for people who agreed to their use in choosing panels. You see how many people gave each answer, never who. Numbers under 5 are shown as “fewer than 5”.
quota-none = No quota
quota-range = { $min } to { $max }
quota-remove = Remove
quota-value = Answer
quota-range-head = Quota
quota-in-pool = In the pool
quota-fewer-than = fewer than { $n }
quota-not-known-count = Not known for { $count } people in the pool: they did not agree to their answers being used in selection, or did not answer. They can fill any seat.
quota-choose = Choose an answer
quota-which = Answer
quota-min = Least
quota-max = Most
quota-add-title = Add or change a quota
quota-add-button = Save quota
quota-census-title = Match the population of an area
quota-census-intro = Sets a range for each answer from the area’s Census 2021 profile, for the places still to fill.
quota-area = Area
quota-area-choose = Choose an area
quota-census-which = Which categories
quota-census-hint = Select all that apply.
quota-census-button = Set quotas from the census
quota-error-which = Choose the answer the quota is for
quota-error-number = Enter a whole number, like 2
quota-error-order = The most must be the same as the least or more
quota-error-places = The most cannot be more than the { $places } places to fill
quota-error-area = Choose an area
quota-error-census-which = Choose at least one category
quota-error-no-places = There are no places left to fill
lottery-go = Draw by fair lottery
lottery-link = Quotas and fair lottery
lottery-title = Draw by fair lottery
lottery-intro = Withus works out the fairest chances it can give everyone in the pool while keeping to the quotas, then draws one panel using the seed. Anyone with the same pool, quotas and seed gets the same panel.
lottery-places = Places to fill
lottery-pool = People in the pool
lottery-reserves = Reserves wanted
lottery-quotas = Quotas
lottery-quota-count = { $count ->
    [one] 1 quota set.
   *[other] { $count } quotas set.
}
lottery-change-quotas = Change quotas
lottery-earlier = Earlier draws
lottery-drawn-at = Drawn
lottery-seed = Seed
lottery-seed-hint = A number announced before the draw, or words everyone agreed, such as the date and the name of the meeting.
lottery-draw-button = Work out the chances and draw
lottery-error-seed = Enter the seed for the draw
lottery-error-no-places = Every place has been offered already
lottery-error-solver = The lottery could not be worked out: { $reason }
lottery-someone = Someone no longer on the register
lottery-chance = Chance
lottery-chance-percent = As a percentage
lottery-checked-same = Checked: the same pool, quotas and seed gave the same panel and reserves.
lottery-checked-different = Checked: running this draw again gave a different result. Do not offer places from it: draw again.
lottery-applied = Places have been offered to this panel, and everyone in the pool has been told where they stand.
lottery-lowest = Lowest chance
lottery-bound = Best lowest chance any lottery could give
lottery-panel-number = Panel drawn
lottery-panel-of = Panel { $number } of { $count }
lottery-checked-at = Checked again
lottery-not-checked = Not yet
lottery-irreplaceable = Nobody left in the pool could take the place of { $names } without breaking a quota.
lottery-result-title = Result of the fair lottery
lottery-result-intro = The chances are as even as the quotas allow: nobody’s chance could be raised without lowering the chance of someone who has less.
lottery-panel = Drawn for the panel
lottery-reserve-order = Reserves, in the order to ask them
lottery-everyone = Everyone’s chance
lottery-apply-button = Offer places to this panel
lottery-check-button = Check this draw again
lottery-reason-drawn = You were chosen by a fair lottery.
lottery-reason-reserve = You were drawn as a reserve by a fair lottery. We will ask you if a place comes free.
lottery-reason-not-drawn = Places were chosen by a fair lottery, and you were not drawn this time.
lottery-jobs = Draws being worked out
lottery-jobs-asked = Asked for
lottery-jobs-what = What
lottery-jobs-state = Where it is
lottery-jobs-draw = A new draw
lottery-jobs-check = Checking a draw again
lottery-job-waiting = Waiting to start
lottery-job-running = Being worked out
lottery-job-failed = Could not be made
draw-job-title = Working out the draw
check-job-title = Checking the draw again
draw-job-queued = Waiting to start. Draws are worked out one at a time.
draw-job-running = Working out everyone’s chances, then drawing the panel.
check-job-running = Running the draw again from the pool, quotas and seed that were stored.
draw-job-asked = Asked for { $time } ago.
draw-job-started = Started { $time } ago.
draw-job-leave = You can leave this page. The draw carries on, and you can come back to it from the opportunity’s Draw by fair lottery page.
draw-job-check = Check progress
draw-job-failed-title = The draw could not be made
check-job-failed-title = The draw could not be checked
draw-job-failed = Nothing was drawn.
check-job-failed = The draw was not checked.
draw-job-change-quotas = Change the quotas
draw-job-back = Back to the draw
draw-job-stopped = The draw stopped three times before it finished. Try again. If it stops again, ask your administrator to look at the server log.
draw-job-error = Something went wrong on our side while working out the draw. Try again. If it happens again, ask your administrator to look at the server log.
elapsed-seconds = { $n ->
    [one] 1 second
   *[other] { $n } seconds
}
elapsed-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
elapsed-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
chance-certain = certain
chance-none = no chance
chance-in-ten = about { $n } in 10
chance-one-in = about 1 in { $n }

## Meetings (capability E)
yes = Yes
no = No
save = Save
actions = Actions
nav-meetings = Meetings
meetings-title = Meetings
meetings-intro = Every meeting belongs to an opportunity. Add one from the opportunity's page.
meetings-upcoming = Coming up
meetings-past = Past meetings
meetings-none = No meetings.
meeting-title = Meeting
meeting-when = When
meeting-where = Where
meeting-for = Opportunity
meeting-online = Joining online
meeting-cancelled-title = { $title } (cancelled)
meeting-new = Add a meeting
meeting-add-link = Add a meeting
meeting-edit = Change the meeting
meeting-field-title = Title
meeting-field-date = Date
meeting-field-from = Starts at
meeting-field-to = Ends at
meeting-field-high-level = Is this a high-level meeting?
meeting-high-level-hint = For example a board or a committee that makes decisions. High-level meetings need a named reserve.
meeting-field-venue = Venue
meeting-venue-none = Online only, or not decided
meeting-venue-hint = Add venues and what access they have on the venues page.
meeting-field-online = Online joining details
meeting-online-hint = A link and any codes people need, and a phone number for those who cannot use video.
meeting-papers-ahead = Papers go out
meeting-days = at least { $days } days before
meeting-error-title = Enter a title for the meeting
meeting-error-date = Enter the date of the meeting, for example 27 3 2027
meeting-error-time = Enter a time, for example 10:00 or 14:30
meeting-error-order = The end time must be after the start time
meeting-error-high-level = Say whether this is a high-level meeting
meeting-error-venue = Choose a venue from the list
meeting-error-place = Choose a venue or enter online joining details
meeting-error-reason = Say why you are going on despite this warning
meeting-error-open-checks = { $count } { $count ->
    [one] warning has
   *[other] warnings have
} not been acknowledged. Put each right, or acknowledge it with a reason, before inviting people.
meeting-error-cancelled = This meeting is cancelled
meeting-state-cancelled = Cancelled
meeting-state-past = Happened
meeting-state-invited = People invited
meeting-state-planning = Planning
meeting-invite-heading = Invite people
meeting-reinvite-heading = Send the invitation again
meeting-invite = Invite everyone expected
meeting-reinvite = Send an update to everyone expected
meeting-open-checks = { $count } { $count ->
    [one] warning needs
   *[other] warnings need
} putting right or acknowledging before you can invite people.
meeting-cancel-heading = Cancel the meeting
meeting-cancel = Cancel this meeting
meeting-invite-subject = Invitation: { $title }
meeting-invite-email = Dear { $name },

    You are invited to { $title }.

    When: { $when }
    Where: { $place }

    The agenda and papers will be here: { $link }

    A calendar file is attached so you can add it to your calendar.
meeting-changed-subject = Changed: { $title }
meeting-changed-email = Dear { $name },

    Something about { $title } has changed. This is how it is now.

    When: { $when }
    Where: { $place }

    See the details: { $link }

    The attached calendar file updates the meeting in your calendar.
meeting-cancelled-subject = Cancelled: { $title }
meeting-cancelled-email = Dear { $name },

    { $title } on { $when } is cancelled. We are sorry for any trouble this causes.

    The attached calendar file takes it out of your calendar.
meeting-papers-subject = Papers for { $title }
meeting-papers-email = Dear { $name },

    The papers for { $title } on { $when } are ready.

    Get them here, in the format you asked for: { $link }
meeting-notes-subject = Notes of { $title }
meeting-notes-email = Dear { $name },

    Here are the notes of { $title }. Please tell us if anything is wrong or missing.

    { $notes }

    You can also read them here: { $link }
check-heading = Checks before you invite people
check-intro = Withus checks these again whenever the meeting, the people expected or the papers change. Put each warning right, or say why you are going on anyway.
check-met = Done
check-to-do = To do
check-warning = Needs attention
check-acknowledged = Going on anyway
check-acknowledge = Go on anyway
check-reason = Why are you going on anyway?
check-reason-hint = Only staff see this. It is kept with the meeting.
check-went-on = You went on anyway: { $reason } ({ $when })
check-involved-title = Two or more service users or carers
check-involved-too-few = { $count } { $count ->
    [one] service user or carer is
   *[other] service users or carers are
} expected. One service user or carer should never be expected to attend a meeting and represent the views of service users or carers: expect at least two, ideally three.
check-involved-two = Two service users or carers are expected. Three is better, so no one feels alone.
check-involved-met = { $count } service users or carers are expected.
check-reserve-title = A reserve for a high-level meeting
check-reserve-missing = This is a high-level meeting with no reserve. Name a reserve so the meeting still has its voices if someone cannot come.
check-reserve-met = { $count } { $count ->
    [one] reserve is
   *[other] reserves are
} named.
check-reserve-not-needed = Not a high-level meeting, so a reserve is not needed.
check-time-title = A time that suits everyone
check-time-clash = The time does not suit { $name }: it falls in a time they told us they cannot do.
check-time-met = The time suits everyone expected, as far as we know.
check-access-title = A venue that meets people's access needs
check-access-unmet = { $name } needs { $need }, and { $venue } does not have it.
check-access-no-place = There is no venue and no online joining details yet.
check-access-online = The meeting is online, so venue needs do not apply.
check-access-met = The venue meets everyone's access needs that we know of.
check-papers-title = Papers sent in good time
check-papers-sent-late = "{ $title }" was sent on { $sent }, less than { $days } days before the meeting.
check-papers-not-sent = "{ $title }" has not been sent, and the meeting is less than { $days } days away.
check-papers-none = No papers have been sent, and the meeting is less than { $days } days away.
check-papers-by = Send papers by { $date }, { $days } days before the meeting.
check-papers-met = Every paper went out at least { $days } days before.
check-formats-title = Papers in the formats people asked for
check-formats-gap = { $name } asked for { $format }: there is no { $format } version of "{ $title }".
check-formats-met = Everyone can have the papers in the format they asked for.
check-agenda-title = Agenda shared so people can add to it
check-agenda-not-shared = The agenda has not been shared, and the meeting is less than { $days } days away.
check-agenda-by = Share the agenda by { $date } so people can add items.
check-agenda-late = The agenda was shared on { $shared }, less than { $days } days before the meeting.
check-agenda-closed = People had no time to add items: set a closing date after today.
check-agenda-met = The agenda was shared, and people can add items until { $closes }.
attendee-heading = People expected
attendee-name = Name
attendee-kind = Taking part as
attendee-needs = Access needs (staff only)
attendee-invited = Invited
attendee-none = Nobody is expected yet.
attendee-choose = Choose someone
attendee-add-person = Add a service user or carer
attendee-add-staff = Add a member of staff
attendee-member = Member
attendee-reserve = Reserve
attendee-staff = Staff
attendee-chair = Chair
attendance-attended = Came
attendance-apologies = Sent apologies
attendance-absent = Did not come
attendance-for = Did { $name } come?
attendance-hours = Hours { $name } gave
attendance-hours-hint = Including preparation and travel, for example 2.5. Used to work out payments.
attendance-error = Choose whether they came
attendance-hours-error = Enter the hours { $name } gave as a number, for example 2.5
record-title = Attendance and notes
record-intro = Record who came and the hours each person gave. Share the notes so people can say if anything is wrong.
record-notes = Notes of the meeting
record-notes-hint = Write them so everyone there can follow them: short sentences, no unexplained initials.
record-notes-shared = Notes last shared on { $when }.
record-share = Email the notes to everyone expected
agenda-title = Agenda
agenda-none = No agenda items yet.
agenda-by = added by { $name }, { $status }
agenda-proposed = waiting for the chair
agenda-accepted = on the agenda
agenda-declined = not taken
agenda-accept = Accept
agenda-decline = Decline
agenda-item-title = Agenda item
agenda-item-detail = More about it (optional)
agenda-add = Add to the agenda
agenda-share-title = Share the agenda
agenda-shared = Shared on { $shared }. People can add items until { $closes }.
agenda-not-shared = Not shared yet. Sharing lets the people expected see the agenda and add items until the closing date.
agenda-closes = People can add items until
agenda-closes-hint = Leave time to send papers about new items.
agenda-share = Share the agenda
paper-heading = Papers
paper-none = No papers yet.
paper-not-sent = not sent yet
paper-sent = sent { $when }
paper-not-checked = This file was not checked for plain language: Withus can read text, Markdown and Word files, not PDFs or audio.
paper-send = Send papers now
paper-add = Add a paper
paper-title = Title
paper-format = Format
paper-file = File
paper-file-hint = A Word, PDF, text or audio file, up to 10 MB.
paper-text = Or type the paper here
paper-text-hint = Markdown works: # for headings, - for lists.
paper-upload = Add paper
paper-error-title = Enter a title for the paper
paper-error-file = Choose a file or type the paper
paper-error-size = The file must be smaller than 10 MB
format-standard = Standard
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
venues-title = Venues
venues-intro = Keep each venue once with what access it has. Every meeting there is checked against the needs of the people expected.
venues-none = No venues yet.
venue-new = Add a venue
venue-edit = Change the venue
venue-name = Name
venue-address = Address
venue-facts = What it has
venue-facts-hint = Tick only what you have checked.
venue-notes = Anything else people should know
venue-notes-hint = For example the nearest bus stop, or which door to use.
venue-no-facts = No access facts recorded
venue-step-free = Step-free access
venue-hearing-loop = Hearing loop
venue-accessible-toilet = Accessible toilet
venue-parking = Parking
venue-public-transport = Near public transport
venue-quiet-room = Quiet room
venue-error-name = Enter the venue's name
venue-error-address = Enter the venue's address
glossary-title = Glossary
glossary-intro = Terms explained here are not flagged by the plain-language checker, and everyone signed in can read them on the page
glossary-terms = Terms we explain
glossary-plainer = Words we would rather not use
glossary-none = None yet.
glossary-add = Add to the glossary
glossary-kind = What is it?
glossary-kind-term = A term to explain
glossary-kind-plainer = A word with a plainer one to use
glossary-term = Term or word
glossary-meaning = What it means, or the plainer word
glossary-meaning-hint = Write it so anyone can understand it.
glossary-error-term = Enter the term or word
glossary-error-meaning = Enter what it means, or the plainer word
jargon-title = What words mean
jargon-intro = Words you may hear at meetings, and what they mean. Some people call this a jargon buster.
jargon-none = No words here yet.
my-meetings-title = Your meetings
my-meetings-next = Next
my-meetings-before = Past
my-meetings-none = None.
my-meeting-off = Off
my-meeting-cancelled = This meeting is off.
my-meeting-when = When
my-meeting-where = Where
my-agenda = What we will talk about
my-agenda-none = Nothing yet.
my-agenda-yours = you asked for this: { $status }
my-agenda-add = Add something to talk about
my-agenda-open = You can add things until { $closes }.
my-agenda-item = What do you want to talk about?
my-agenda-detail = Tell us more (you do not have to)
my-agenda-send = Send
my-agenda-error = Tell us what you want to talk about
my-papers = Papers
my-papers-none = No papers yet.
my-paper-get = Get the { $format } one
my-paper-yours = The one you asked for
my-notes = Notes
my-notes-wrong = Is something wrong? Tell your contact.
agenda-error-closes = Enter a closing date between today and the day of the meeting
opp-plain-what = the words people will read about this opportunity
meeting-reminder-subject = Reminder: { $title }
meeting-reminder-email = Dear { $name },

    This is a reminder that { $title } is soon.

    When: { $when }
    Where: { $place }

    The agenda and papers are here: { $link }

    If you cannot come, please tell us as soon as you can.
meetings-settings = Papers
meetings-days = How many days before a meeting should papers reach people?
meetings-days-hint = Seven is usual. The checks on every meeting use this number. Administrators and coordinators can change it.
meetings-days-error = Enter a number of days from 1 to 60

## Payments: fees, expenses and recognition
nav-payments = Payments
nav-payment-policy = Payment policy
activity-meeting = Meeting
activity-interview-panel = Interview panel
activity-training = Training
activity-event = Event
activity-consultation = Consultation
meeting-field-activity = Type of activity
meeting-activity-hint = Fees in the payment policy can differ by type of activity
duration-minutes = { $m } minutes
duration-hours = { $h ->
    [one] 1 hour
   *[other] { $h } hours
}
duration-both = { $h ->
    [one] 1 hour
   *[other] { $h } hours
} { $m } minutes
claim-status-submitted = Sent
claim-status-queried = Question asked
claim-status-approved = Approved
claim-status-rejected = Not paid
claim-status-paid = Paid
pay-method-bank-transfer = Bank transfer
pay-method-cash = Cash on the day
pay-method-voucher = Voucher
pay-method-decline = I do not want to be paid
expense-mileage = Driving your own car
expense-public-transport = Bus, train or tram
expense-taxi = Taxi
expense-subsistence = Food and drink
expense-childcare = Childcare
expense-replacement-care = Care for someone while you were away
expense-personal-assistant = Personal assistant
fee-unit-hour = an hour
fee-unit-half-day = a half day (up to 4 hours)
fee-unit-day = a day (up to 8 hours)
fee-unit-activity = for the activity
policy-title = Payment policy
policy-current = Version { $version } is in force
policy-since = It took effect on { $day }. This is what involved people read:
policy-none = There is no payment policy yet. Make the first version below.
policy-none-member = We have not set out what we pay yet. Ask your contact.
policy-versions = All versions
policy-version = Version { $version }
policy-from-day = from { $day }
policy-in-force = In force
policy-new = Make a new version
policy-new-hint = A new version applies to activities on or after the day it takes effect. Claims already made keep the version they were made under.
policy-from = The day it takes effect
policy-from-hint = For example, 6 4 2027
policy-fees = Fees
policy-fees-hint = Leave the amount empty for rows you do not need. The most specific row applies: a role and a type of activity both named beats one named.
policy-fee-row = Fee { $n }
policy-fee-role = For
policy-fee-activity = Type of activity
policy-fee-unit = Paid
policy-fee-amount = Amount in pounds
policy-amount-hint = For example, 25.00
policy-anyone-option = Anyone
policy-any-activity-option = Any activity
policy-expenses = Expenses we cover
policy-expenses-hint = Select all that apply
policy-limit = Limit for { $what }
policy-limit-hint = The most we pay, in pounds. Leave empty to pay what it cost.
policy-limit-mileage-hint = Pence per mile, in pounds: for example, 0.45
policy-limit-taxi-hint = Taxis are paid only when agreed beforehand. The most we pay, in pounds; leave empty for no limit.
policy-methods-legend = How people can be paid
policy-days-label = Days we promise to pay within
policy-days-hint = Counted from the day the claim is made
policy-benefits = What to tell people about benefits
policy-benefits-hint = Where people can get advice, for example a welfare rights service and its phone number
policy-save = Save as a new version
policy-saved = Version { $version } of the payment policy is saved
policy-error-from = Enter the day it takes effect as a real date
policy-error-amount = Enter an amount in pounds, like 25.00
policy-error-mileage = Enter how much you pay for each mile, like 0.45
policy-error-methods = Select at least one way people can be paid
policy-error-days = Enter a number of days from 1 to 90
policy-error-benefits = Enter what to tell people about benefits and where to get advice
policy-anyone = anyone
policy-any-activity = any activity
policy-fee = { $amount } { $unit } for { $who }, for { $what }.
policy-per-mile = { $what }: { $rate } a mile.
policy-at-cost = { $what }: what it cost you.
policy-at-cost-cap = { $what }: what it cost you, up to { $cap }.
policy-if-agreed = { $what }: what it cost you, if we agreed it before.
policy-if-agreed-cap = { $what }: what it cost you, up to { $cap }, if we agreed it before.
policy-methods = You can choose: { $list }.
policy-days = We pay within { $days } days of your claim.
policy-plain-fees = What we pay you for your time
policy-plain-no-fees = We do not pay fees for taking part.
policy-plain-expenses = Costs we pay back
policy-plain-no-expenses = We do not pay back costs.
policy-benefits-warning = Being paid may affect benefits you get. Ask for advice before you take part.
my-payments-title = Your payments
my-payments-paid = Paid to you this tax year
my-payments-year = The tax year runs from { $from } to { $to }.
my-payments-claim = Claim for something you took part in
my-payments-claim-for = Claim for { $title }
my-payments-nothing-to-claim = There is nothing to claim for at the moment.
my-payments-claims = Your claims
my-payments-no-claims = You have not made a claim yet.
my-payments-what-we-pay = What we pay
claim-title = Claim fees and expenses
claim-heading = Claim for { $name }
claim-activity = Activity
claim-fee = Fee for your time
claim-fee-words = { $fee } for { $time } ({ $role }, { $activity })
claim-expenses-heading = Costs to pay back
claim-expenses-intro = Fill in only what you paid for. Leave the others empty.
claim-amount = { $what }, in pounds
claim-amount-hint = For example, 12.50
claim-cap-hint = For example, 12.50. We pay up to { $cap }.
claim-miles = { $what }: how many miles
claim-miles-hint = There and back, for example 12.5. We pay { $rate } a mile.
claim-taxi-not-agreed = We pay for taxis only when we agreed it before. Your taxi was not booked with us.
claim-receipts = Receipts
claim-receipts-hint = Photos or PDF files, up to 5 files of 5 MB each. You need receipts for everything except driving.
claim-method = How do you want to be paid?
claim-method-hint = You can choose not to be paid. We still record what your time was worth.
claim-note = Anything else we should know (optional)
claim-note-hint = For example, what a cost was for
claim-send = Send claim
claim-error-amount = Enter the cost of { $what } in pounds, like 12.50
claim-error-miles = Enter how many miles, like 12.5
claim-error-method = Select how you want to be paid
claim-error-receipt-missing = Add a receipt for your costs
claim-error-receipt-type = { $file } must be a photo (JPG, PNG, WEBP or HEIC) or a PDF
claim-error-receipt-size = { $file } must be smaller than 5 MB
claim-error-receipts-many = Add no more than 5 receipts at a time
claim-made = Your claim has been sent
claim-page-title = Claim { $reference }
claim-reference = Claim
claim-person = Person
claim-expenses = Costs paid back
claim-to-pay = To pay
claim-made-on = Claim made
claim-made-by = Made by
claim-on-behalf = A coordinator, for them
claim-note-label = Note
claim-paid-label = Paid
claim-paid-words = { $day } (reference { $reference })
claim-status = Status
claim-due = Due to be paid by
claim-overdue = Overdue
claim-lines = Costs
claim-line-what = What
claim-line-claimed = Claimed
claim-line-allowed = Paid back
claim-line-why = Why it differs
claim-line-miles = { $miles } miles
claim-receipts-heading = Receipts
claim-no-receipts = No receipts.
claim-query = Question from finance
claim-rejected-why = Why this claim will not be paid
claim-answer-heading = Answer the question
claim-answer = Your answer
claim-add-receipts = Add receipts (optional)
claim-answer-send = Send answer
claim-error-answer = Enter your answer
claim-decide = Decide
claim-approve = Approve
claim-query-message = Ask the person a question
claim-query-hint = They get this by email and on their claim
claim-send-query = Send question
claim-reject-reason = Reason for not paying
claim-reject = Do not pay this claim
claim-mark-paid = Record the payment
claim-paid-on = Day it was paid
claim-payment-reference = Payment reference
claim-payment-reference-hint = From the finance system
claim-mark-paid-button = Mark as paid
claim-error-query = Enter the question to ask
claim-error-reason = Enter why the claim will not be paid
claim-error-paid-on = Enter the day it was paid, today or earlier
claim-error-reference = Enter the payment reference
claim-done-approved = Claim approved
claim-done-queried = Question sent
claim-done-rejected = Claim marked as not to be paid
claim-done-paid = Payment recorded
claim-done-already = This claim had already been paid. Nothing more was recorded.
claim-query-subject = A question about your claim
claim-query-email = We have a question about your claim { $reference }:

    { $message }

    Please answer on your claim page.
claim-rejected-subject = About your claim
claim-rejected-email = We cannot pay your claim { $reference }. This is why:

    { $reason }

    If you think this is wrong, reply to your contact or use our complaints process.
claim-paid-subject = Your claim has been paid
claim-paid-email = We paid { $amount } for your claim { $reference } on { $day }.
payments-title = Claims and payments
payments-export-csv = Download approved claims (CSV)
payments-export-xlsx = Download approved claims (Excel)
payments-report-link = Paying on time
payments-by-status = Claims by status
payments-none = There are no claims here.
travel-to-book = Travel to book
travel-none = There is no travel waiting to be booked.
travel-booked-button = Mark as booked
travel-heading = Travel booked in advance
travel-booked = Booked
travel-asked = Asked for
travel-person = Who needs travel booked
travel-choose = Choose a person
travel-details = What to book
travel-details-hint = For example, a taxi from home at 1pm and back at 4:30pm
travel-ask = Ask for travel to be booked
travel-error-person = Choose who needs travel booked
travel-error-details = Enter what to book
fees-title = Fees for { $title }
fees-heading = Fees from attendance
fees-person = Person
fees-role = Role
fees-fee = Fee by the policy
fees-claim = Claim
fees-claim-for-them = Claim for them
fees-not-attended = Did not attend
fees-no-policy = No payment policy was in force on the day of this meeting.
fees-nobody = Nobody involved is expected at this meeting.
costs-title = Costs of { $title }
costs-heading = What it will cost
costs-places = Places
costs-sessions = Sessions
costs-hours = Hours each session
costs-hours-hint = For example, 2.5
costs-activity = Type of activity
costs-expenses = Expected costs each person each session, in pounds
costs-expenses-hint = Travel and care, for example 12.50
costs-work-out = Work it out
costs-estimate = Estimate
costs-fee-each = Fee for one person for one session
costs-fees = Fees
costs-total = Total
costs-budget = Budget
costs-left = Left in the budget
costs-over = Over the budget by
costs-spend = Spent so far
costs-paid = Paid
costs-approved = Approved, not yet paid
costs-waiting = Claimed, waiting for a decision
costs-against-budget = Against the budget
costs-of-budget = { $spent } of { $budget }
costs-over-budget = Claims so far are more than the budget.
costs-error-number = Enter a whole number from 0 to 10,000
costs-error-hours = Enter hours from 0 to 24, like 2.5
costs-error-expenses = Enter an amount in pounds, like 12.50
costs-no-policy = There is no payment policy in force today, so fees cannot be worked out
export-reference = Claim
export-person = Person
export-method = Payment method
export-activity = Activity
export-activity-on = Activity date
export-claimed-on = Claim made
export-approved-on = Approved
export-fee-pence = Fee (pence)
export-expenses-pence = Expenses (pence)
export-to-pay-pence = To pay (pence)
export-to-pay-pounds = To pay (£)
export-total = Total
export-sheet = Approved claims
report-title = Paying on time
report-summary = { $late ->
    [0] No claims are overdue on { $day }.
    [one] 1 claim is overdue on { $day }.
   *[other] { $late } claims are overdue on { $day }.
}
report-overdue = Overdue claims
report-days-late = Days late
report-months = Days from claim to payment, by month paid
report-month = Month
report-paid-count = Claims paid
report-median = Median days
report-no-payments = No payments have been recorded yet.

## Impact and feedback, support and training
nav-impact = Impact
nav-support = Support and training
date-hint = For example, 27 3 2026
continue = Continue
opp-problem-feedback = Send feedback to everyone involved (see Impact and evaluation)
opp-problem-evaluation = Finish the evaluation: what happened against each intended outcome, the reflection and the lessons
opp-field-role-requires = Training or check this role needs
opp-role-requires-hint = Only people who hold it, and whose certificate or check has not run out, will match.
opp-role-requires-nothing = Nothing needed
impact-area-ethos = Ethos and culture
impact-area-policy = Policy and planning
impact-area-delivery = Delivery of services
impact-area-outputs = Outcomes and outputs
impact-area-equality = Diversity and equality of opportunity
impact-area-experience = The experience of services
impact-level-individual = Individual
impact-level-strategic = Strategic
contribution-kind-idea = An idea
contribution-kind-recommendation = A recommendation
contribution-kind-concern = A concern
contribution-status-open = Not decided yet
contribution-status-changed = We changed something
contribution-status-not-changed = We did not change it
impact-title = You said, we did
impact-intro = What involved people said, and what happened because of it: the change made, or the honest reason it was not.
impact-record = Record what people said
impact-saved = Saved. The people who said it can see what happened on their own page.
impact-none = Nothing recorded yet.
impact-all = Everything people said
impact-in-area = Changes in { $area }
impact-areas-caption = Changes made, by impact area and level
contribution-said-heading = What people said
contribution-did-heading = What we did
contribution-kind = What kind of contribution was it?
contribution-said = What did they say?
contribution-said-hint = In their words if you can.
contribution-said-on = When did they say it?
contribution-meeting = At which meeting?
contribution-no-meeting = Not at a meeting
contribution-people = Who said it?
contribution-people-hint = Leave them all unticked if it came from the group as a whole.
contribution-group-only = Nobody is confirmed in this opportunity yet, so this will be recorded as coming from the group.
contribution-status = What happened?
contribution-outcome = The change made, or why not
contribution-outcome-hint = If nothing changed, give the honest reason. The person will read this, with a note that they can ask us to look again or make a complaint.
contribution-level = Was the change for one person or for the service?
contribution-areas = Impact areas
contribution-areas-hint = Choose every area the change touched.
contribution-evidence = Evidence
contribution-evidence-hint = For example, the policy that changed, the minutes, or figures before and after.
contribution-outcome-on = When was this decided?
contribution-save = Save
contribution-form-intro = Record what people said now; come back to say what happened once it is decided.
contribution-choose-opportunity = Choose an opportunity
contribution-opportunity = Which opportunity was it part of?
contribution-the-group = The group
contribution-you-said = You said
contribution-we-did = We did
contribution-error-kind = Choose what kind of contribution it was
contribution-error-said = Enter what they said
contribution-error-said-on = Enter the date they said it, no later than today, for example 27 3 2026
contribution-error-meeting = Choose one of this opportunity's meetings, or "Not at a meeting"
contribution-error-status = Choose what happened
contribution-error-change = Describe the change made
contribution-error-reason = Give the reason nothing changed
contribution-error-outcome-on = Enter the date it was decided, between the day it was said and today
contribution-error-level = Choose whether the change was for one person or for the service
contribution-error-areas = Choose at least one impact area
feedback-title = Feedback to the people involved
feedback-owed-title = Feedback owed
feedback-promise = We promise feedback within { $days } days of each meeting, and of the end of each opportunity.
feedback-person = Person
feedback-about = About
feedback-due = Promised by
feedback-state = Feedback
feedback-waiting = People waiting
feedback-everyone = Everyone owed feedback, person by person ({ $count }, of whom { $waiting } still waiting)
feedback-sent-on = Sent { $date }
feedback-overdue = Overdue
feedback-to-send = To send
feedback-none-owed = Nobody is owed feedback yet. It is owed once a meeting has ended, and to everyone confirmed once the opportunity is being evaluated.
feedback-send-about = Send feedback about { $about }
feedback-form-intro = Tell people what happened because of what they said. It goes by email to people who want email, in easy read to people who need it if you write that version, and as a letter to print for everyone else.
feedback-nobody-owed = Everyone involved has had feedback about this.
feedback-message = Your feedback
feedback-message-hint = Use plain words. Say what was decided, what changed and what did not, and why.
feedback-easy-read = Easy read version (optional)
feedback-easy-read-hint = Short sentences, one idea each. People who need easy read get this version.
feedback-send-button = Send to { $count ->
    [one] 1 person
   *[other] { $count } people
}
feedback-error-message = Enter your feedback
feedback-sent = Feedback sent. Letters for people who hear from us by post are ready to print.
feedback-email-subject = What happened: { $about }
feedback-email =
    Dear { $name },

    Thank you for taking part in { $about }. This is what happened because of what you and others said:

    { $message }

    If you have questions, or you disagree, reply to this email or contact us.
feedback-owed-intro = Each activity with people still waiting for feedback. Choose one to see who, and to send it.
feedback-all-sent = Nobody is waiting for feedback.
feedback-days-heading = Our promise
feedback-days = Days after an activity by which feedback is sent
feedback-days-hint = Usually 28. Between 1 and 90.
feedback-days-error = Enter a number of days between 1 and 90
letters-title = Letters to print
letters-intro = Feedback for people who hear from us by post, in their format. Print this page: each letter starts on a new page.
letters-none = Nobody needs a letter.
letters-to = Dear { $name }
home-overdue-heading = Feedback overdue: { $count ->
    [one] 1 person
   *[other] { $count } people
}
home-overdue-all = See all feedback owed
home-overdue-none = No feedback is overdue.
home-running-out-all = See everything running out
evaluation-title = Impact and evaluation
evaluation-intro = Act, evaluate, reflect, learn: what happened against each intended outcome, what people thought, the feedback they are owed, and the lessons for next time.
evaluation-outcomes = Intended outcomes and what happened
evaluation-not-judged = Not recorded yet
evaluation-evidence = Evidence
evaluation-evidence-hint = Where the proof is: minutes, figures, a changed document.
evaluation-side-by-side = What people thought, side by side
evaluation-question = Question
evaluation-involved = Involved people
evaluation-staff = Staff
evaluation-gap = Staff minus involved people
evaluation-score = { $mean } out of 5 ({ $count ->
    [one] 1 answer
   *[other] { $count } answers
})
evaluation-no-score = No answers yet
evaluation-gap-note = Staff are usually more satisfied than the people involved. A large gap is worth talking about together.
evaluation-words-for = What people wrote: { $question }
evaluation-record-outcomes = Record what happened
evaluation-outcome-number = Outcome { $number }: { $outcome }
evaluation-happened = What happened
evaluation-save-outcomes = Save what happened
evaluation-outcomes-saved = What happened is saved.
evaluation-error-happened = Say what happened for outcome { $number }, or remove its evidence
evaluation-questionnaire-intro = When the opportunity moves to evaluating, everyone confirmed, its owner and the staff at its meetings get an email with a link to the questionnaire. Staff can also answer it here.
evaluation-staff-questionnaire = Answer the staff questionnaire
evaluation-send-questionnaire = Send the questionnaire again
evaluation-invited = The questionnaire has been sent to everyone confirmed who gets email, and to the staff involved.
evaluation-not-yet = The questionnaire opens when the opportunity moves to evaluating.
evaluation-cycle = Reflect and learn
evaluation-cycle-intro = What you write here is shown when someone drafts a similar opportunity.
evaluation-act = What we did
evaluation-act-hint = The activity as it happened, including anything that changed from the plan.
evaluation-reflection = Reflection
evaluation-reflection-hint = What went well and what did not, for the people involved and for staff.
evaluation-lessons = Lessons for next time
evaluation-lessons-hint = What the next opportunity like this should do differently.
evaluation-save-cycle = Save reflection and lessons
evaluation-cycle-saved = Reflection and lessons saved.
lessons-title = Lessons from similar opportunities
lessons-intro = These opportunities had the same topic or area. This is what they learned.
questionnaire-title = How did it go?
questionnaire-intro = Five questions about the difference involvement made. Answer as many as you like. Your answers are shared with the team without your name.
questionnaire-question = { $number }. { $question }
questionnaire-words = Anything to add about question { $number }? (optional)
questionnaire-send = Send my answers
questionnaire-thanks = Thank you. Your answers have been saved.
questionnaire-closed = This questionnaire has closed.
questionnaire-error-empty = Answer at least one question
question-outcomes = Did it do what it set out to do?
question-outcomes-hint = Think about what we said we wanted to happen, and what really happened.
question-difference = What difference did the people involved make?
question-difference-hint = For example, ideas that were taken up.
question-process = How did you feel about the way it was done?
question-process-hint = For example, were you listened to, and did you get what you needed to take part?
question-result = Did involving people change the end result?
question-result-hint = Would it have turned out the same without them?
question-beyond = Did it make a difference beyond this activity?
question-beyond-hint = For example, to the way the service works, or to you.
rating-5 = A lot
rating-4 = Quite a lot
rating-3 = Some
rating-2 = A little
rating-1 = Not at all
rating-none = I would rather not say
questionnaire-email-subject = How did it go? { $title }
questionnaire-email =
    Dear { $name },

    Thank you for taking part in { $title }. Please tell us how it went. There are five short questions and you can answer as many as you like:

    { $link }
my-said-title = What you said and what we did
my-said-intro = Everything you told us, and what happened because of it.
my-said-yours = What you said
my-said-group = What your group said
my-said-your-group = Your group said
my-said-none = Nothing recorded yet. When you share an idea, a recommendation or a concern, it will appear here with what we did about it.
my-said-on = { $date }: { $title }
my-said-not-decided = We have not decided yet. We will tell you when we have.
my-said-areas = This changed: { $areas }
my-said-appeal = If you disagree with this decision, you can ask us to look at it again, or make a complaint. Your named contact can help you do either.
my-said-waiting = Questionnaires waiting for you
my-said-waiting-intro = Please tell us how it went.
my-said-questionnaire = How did it go? { $title }
support-kind-administrative = Practical help, like forms or travel
support-kind-supervision = A regular talk about your role
support-kind-emotional = Someone to talk to
support-kind-debrief = Talking it through after a hard meeting
course-kind-course = A course
course-kind-check = A check, such as DBS
course-audience-involved = Involved people
course-audience-staff = Staff
course-audience-everyone = Everyone
support-title = Support
person-support-link = Their named contact, support given, mentoring and training
support-contact = Named contact
support-no-contact = No named contact yet
support-change-contact = Change their named contact
support-add = Record support given
support-save = Save support
support-saved = Support recorded. The person can see it on their own page.
support-kind = What kind of support?
support-given-on = When was it given?
support-note = What happened
support-note-hint = The person can read this, so write it for them.
support-by = Given by
support-given = Support given
support-none = No support recorded yet.
support-error-kind = Choose what kind of support it was
support-error-date = Enter the date it was given, no later than today
support-error-note = Say what happened
support-hub-title = Support and training
support-hub-intro = Training, checks and peer mentoring for involved people and staff. To record support for one person, go to their page in People.
my-support-title = Your support
my-support-contact = Your named contact is { $name }. You can talk to them about anything to do with being involved.
my-support-no-contact = You do not have a named contact yet. Ask us and we will find one for you.
mentoring-title = Peer mentoring
mentoring-intro = Pair someone experienced with someone new, and keep a note of when they meet.
mentoring-none = No mentoring pairs yet.
mentoring-none-for-person = No peer mentoring.
mentoring-pairs = Mentoring pairs
mentoring-new = Pair two people
mentoring-mentor = Mentor
mentoring-mentee = Newcomer
mentoring-choose = Choose a person
mentoring-pair-them = Pair them
mentoring-paired = They are paired.
mentoring-error-mentor = Choose the mentor
mentoring-error-mentee = Choose the newcomer
mentoring-error-same = Choose two different people
mentoring-pair = Who
mentoring-you-mentor = You mentor { $name }
mentoring-your-mentor = { $name } mentors you
mentoring-started = Started
mentoring-ended = Ended
mentoring-current = Still going
mentoring-met = Times met
mentoring-pair-heading = { $mentor } and { $mentee }
mentoring-meetings = When they met
mentoring-no-meetings = They have not met yet.
mentoring-record = Record a meeting
mentoring-met-on = Date they met
mentoring-note = Note
mentoring-note-hint = A line on what they talked about. Both of them may read it.
mentoring-record-button = Save meeting
mentoring-met-saved = Meeting saved.
mentoring-error-date = Enter the date they met, between the start of the pairing and today
mentoring-error-note = Add a note about the meeting
mentoring-end-intro = When the pairing has done its job, end it. Its meetings are kept.
mentoring-end = End this pairing
mentoring-ended-note = This pairing has ended.
training-title = Training
training-intro = Courses for involved people and for staff, including training that involved people help to deliver, and checks such as DBS (their date and expiry only, never the certificate's details).
training-no-courses = No courses yet.
training-lasting = Does not run out
training-valid = Valid
training-running-out = Runs out in { $days ->
    [0] less than a day
    [one] 1 day
   *[other] { $days } days
}
training-expired = Run out
training-running-out-title = Training and checks running out
training-nothing-running-out = Nothing runs out in the next 60 days.
training-who = Who
training-course = Course or check
training-done-on = Done on
training-expires-on = Runs out on
training-standing = Status
training-none-for-person = No training or checks yet.
training-helped-deliver = { $course } (helped deliver it)
training-sessions = Sessions
training-no-sessions = No sessions yet.
training-holders = Who has done it
training-no-holders = Nobody yet.
training-part = Part
training-part-attended = Took part
training-part-delivered = Helped deliver it
training-recorded = Saved.
training-session-date = Date of the session
training-check-date = Date of the check
training-check-person = Who was checked?
training-check-expires = When does it run out? (optional)
training-attended-people = Involved people who took part
training-delivered-by = Involved people who helped deliver it
training-attended-staff = Staff who took part
training-attended-count = Took part
training-co-delivered = Co-delivered
training-co-delivered-by = Yes, with { $count ->
    [one] 1 involved person
   *[other] { $count } involved people
}
training-record-session = Record a session
training-record-session-button = Save session
training-record-check = Record a check
training-record-check-button = Save check
training-error-date = Enter a date no later than today
training-error-person = Choose who was checked
training-error-expires = Enter a date after the check, or leave it blank
training-error-nobody = Tick at least one person who took part
course-name = Name
course-kind = Is it a course or a check?
course-audience = Who is it for?
course-months = How many months does it last?
course-months-hint = Leave blank if it does not run out.
course-description = What it covers
course-new = Add a course or check
course-add = Add it
course-saved = Saved.
course-no-limit = Does not run out
course-valid-for = Lasts { $months } months.
course-error-name = Enter a name
course-error-taken = There is already a course with this name
course-error-kind = Choose whether it is a course or a check
course-error-audience = Choose who it is for
course-error-months = Enter a number of months between 1 and 120, or leave it blank

## Reports (issue #9)
nav-reports = Reports
nav-assessment = Self-assessment
days-n = { $n } days
not-set = Not set
no-figure = No figure yet
total = Total
fewer-than = fewer than { $n }
withheld = withheld
not-shown = Not shown
period-label = { $from } to { $to }
period-from = From
period-to = To
period-show = Show
period-choose = Choose the dates
dashboard-charts = At a glance
filter-opportunity = Opportunity
filter-level = Step of the ladder
filter-org-level = Level of the organisation
col-activities = Activities
col-meetings = Meetings
col-hours = Hours given
col-places = Places taken by involved people
col-org-level = Level of the organisation
col-area = Area
col-level = Step of the ladder
col-group = Group
col-involved = People involved
col-share-involved = Share of those who answered
col-share-population = Share of the population
col-flag = Under-represented?
col-figure = Figure
col-value = Value
col-feedback = Feedback
col-people = People
col-impact-area = Impact area
col-changes = Changes made
col-activity = Activity
col-you-said = You said
col-we-did = We did
col-question = Question
col-involved-people = Involved people
col-staff = Staff
col-year = Year
col-said = Said
col-changed = Changed
col-not-changed = Not changed
col-open = Not decided yet
col-action = Action
col-owner = Owner
col-due = Due
col-status = Status
col-objective = Objective
col-measure = Figure it is measured by
col-now = Now
col-target = Target
col-statement = Statement
col-gap = Gap (staff less involved)
col-withus-figure = What Withus shows
col-part = Part
under-represented = Under-represented
map-caption = Activities by level of the organisation and step of the ladder
deciding-title = Decision-making meetings
deciding-summary = { $meetings } decision-making meetings were held. Of the { $recorded } with attendance recorded, { $with_two } ({ $share }) had at least two involved people there. { $not_recorded } had no attendance recorded.
deciding-how = Decision-making meetings are high-level meetings and the meetings of opportunities where people share in decisions (participation, delegated power or empowerment). The framework asks for at least two, and ideally three, service users or carers at each.
participation-title = Where participation happens
participation-intro = From daily decisions to strategic decision-making: how many activities with meetings in the period sit at each level of the organisation and each step of the ladder.
presence-title = Presence and diversity
presence-intro = The people who took part, against the population of { $area }. Each person is counted once, with the answers they had given when they took part. Counts under { $threshold } are not shown, and nor is any count that could be worked out from the others.
presence-filters = Choose the period, opportunity or level
presence-counted = { $people } people took part from { $period }.
presence-against = Against the population of { $area } (Census 2021 or the organisation's own profile). Shares are of the people who answered each question.
presence-none-under = No group is under-represented against the population, where there were enough people to tell.
presence-under = Under-represented: { $groups }.
presence-chart-none = { $category }: no group is under-represented.
presence-chart-under = { $category }: under-represented groups are { $groups }.
category-age = Age
category-sex = Sex
category-gender-identity = Gender identity
category-sexual-orientation = Sexual orientation
category-ethnic-group = Ethnic group
category-religion = Religion
category-disability = Disability
category-unpaid-care = Unpaid care
annual-link = Annual involvement report
annual-title = Involvement report, { $period }
annual-summary = In this period { $people } involved people took part in { $meetings } meetings of { $activities } activities, giving { $hours } hours of their time.
annual-activity = Activity
annual-by-area = Activity by area
annual-by-area-chart = Meetings held in each area of work.
annual-by-level = Activity by step of the ladder
annual-where = Where participation happens
annual-presence = Presence and diversity
annual-payments = Payments
annual-feedback = Feedback to the people involved
annual-said = You said, we did
annual-questionnaires = End-of-involvement questionnaires
annual-assessment = Self-assessment
annual-assessment-intro = How staff and involved people rated the organisation in { $year }, from 1 (not started) to 4 (embedded).
annual-download-pdf = Download as PDF (tagged for screen readers)
annual-download-xlsx = Download as a spreadsheet (one sheet for each table)
pay-claims = Claims made
pay-paid = Claims paid
pay-total = Total paid
pay-median = Median days from claim to payment
pay-overdue = Claims unpaid past the promised time, at the end of the period
feedback-on-time = Sent by the promised day
feedback-late = Sent late
feedback-still-owed = Still owed
feedback-chart = { $share } of the feedback due in the period was sent by the promised day.
said-summary = People said { $said } things in this period. Because of what people said, { $changed } things changed. In { $not_changed } cases nothing changed, and we said why.
said-by-area = Changes by impact area
said-by-area-chart = Changes made in each impact area.
said-highlights = Highlights
questionnaire-scale = Ratings are from 1 (not at all) to 5 (a lot), with how many people answered.
mean-of = { $mean } ({ $n } answered)
measure-people-involved = People involved
measure-with-two = Decision-making meetings with at least two involved people
measure-papers = Meetings whose papers went out in time
measure-feedback = Feedback sent by the promised day
measure-days-to-pay = Median days to pay
measure-changes = Changes made because of what people said
measure-under = Groups under-represented
dashboard-title = Reports
dashboard-figures = Figures the strategy tracks
reporting-title = How reports are made
reporting-intro = Choose the population your reports compare with, how small a count must be to be hidden, and whether to publish "you said, we did" as open data.
reporting-threshold = Hide counts of people under
reporting-threshold-hint = At least 3. Withus suggests 5; some use 10.
reporting-threshold-error = Enter a whole number from 3 to 100
reporting-area = Population to compare with
reporting-area-error = Choose a population from the list
reporting-publish = Publish "you said, we did" as open data?
reporting-saved = Settings saved
population-own = Our own profile
population-own-details = Our own profile (counts of the people you serve)
population-count-error = Enter a whole number of people, or leave it blank
population-own-empty = Enter your own profile below, or choose a Census area
census-source = Census 2021 figures: Office for National Statistics, under the Open Government Licence.
open-data-title = Open data: you said, we did
open-data-intro = What would be published: counts of what people said and what changed, by year and impact area. No names, no words, nothing about any one person.
open-data-published = Published at { $path }
open-data-csv = Download as CSV
open-data-not-published = Not published. A coordinator can publish it on How reports are made.
open-data-caption = You said, we did, by year and impact area
open-data-public-title = { $organisation }: you said, we did
open-data-public-intro = What people told us, and what changed because of it. Counts only.
open-all-areas = All areas
assessment-title = Self-assessment
assessment-intro-staff = Rate how well the organisation involves people, against each framework. Staff and involved people rate apart, and both are shown side by side.
assessment-intro-involved = Tell us how well you think we involve people. Staff answer too. We show both side by side.
assessment-rate = Give your rating
assessment-results = See the results
assessment-saved = Thank you. Your rating is saved.
assessment-year = Ratings for { $year }
assessment-how = For each sentence, choose how true it is now. Skip any you are not sure about.
assessment-scale = What the choices mean
assessment-scale-text = Not started: we do not do this yet. Developing: we have started. Established: we do this most of the time. Embedded: we always do this, it is how we work.
assessment-scale-text-plain = Pick the answer that fits best. Not yet: we do not do this. Just started: we have begun. Most of the time: we do it a lot. Always: it is how we work.
assessment-evidence = What shows this (optional)
assessment-evidence-hint = For example, something you saw or took part in.
assessment-save = Save my rating
assessment-rating-error = Choose one of the answers
assessment-none-error = Choose an answer for at least one sentence
rating-not-started = Not started
rating-developing = Developing
rating-established = Established
rating-embedded = Embedded
rating-not-started-plain = Not yet
rating-developing-plain = Just started
rating-established-plain = Most of the time
rating-embedded-plain = Always
not-rated = Not rated
results-intro = Mean ratings from 1 (not started) to 4 (embedded), with how many rated. A gap above 0 means staff rate the organisation higher than involved people do.
results-trend = Year by year
results-other-years = Other years
actions-title = Action plan
actions-none = No actions yet.
actions-update = Change an action's status
action-new = Add an action
action-what = What will be done
action-what-hint = One action, in a sentence.
action-what-error = Enter what will be done
action-owner = Who owns it
action-owner-error = Enter who owns it
action-due = Due by
action-due-error = Enter a real date, for example 31 3 2027
action-statement = The statement it answers
action-statement-error = Choose a statement from the list
action-no-statement = None
action-add = Add action
action-update = Change status
action-saved = Action plan saved
action-late = late
action-not-started = Not started
action-in-progress = In progress
action-done = Done
strategy-title = Involvement strategy
strategy-our = Our involvement strategy
strategy-intro = What an involvement strategy contains: the vision, aims, principles, who is engaged, the levels offered and their limits, how people are involved, how it is monitored, and who leads it.
strategy-easy-read-link = Read the easy-read version
strategy-read-ours = Read our plan for working with you
strategy-saved = Strategy saved
strategy-none = We have not written our strategy yet.
strategy-lead = { $name } leads this work.
strategy-full = Read the full version
strategy-vision = Vision
strategy-vision-hint = What involvement will achieve.
strategy-vision-error = Enter the vision
strategy-aims = Aims
strategy-aims-hint = What the strategy sets out to do.
strategy-principles = Principles
strategy-principles-hint = For example, respect, choice and being open.
strategy-who = Who is engaged
strategy-who-hint = People who use services, carers, groups and communities.
strategy-levels = Levels of involvement offered, and their limits
strategy-levels-hint = From informing to empowerment, and what people can and cannot change.
strategy-mechanisms = How people are involved
strategy-mechanisms-hint = Groups, panels, surveys, events.
strategy-monitoring = How it is monitored
strategy-monitoring-hint = Which figures are reviewed, by whom, how often.
strategy-senior-manager = Senior manager responsible
strategy-senior-manager-hint = Their name and role.
strategy-senior-manager-error = Enter the senior manager responsible
strategy-champions = Champions
strategy-champions-hint = People who lead involvement in each team.
strategy-easy-read = Easy-read version
strategy-easy-read-hint = Short sentences and everyday words, for everyone involved.
strategy-objectives = Objectives
objectives-none = No objectives yet.
objectives-remove = Remove an objective
objective-remove = Remove
objective-text = Objective
objective-text-hint = What you want to achieve.
objective-text-error = Enter the objective
objective-measure = Figure it is measured by
objective-measure-error = Choose a figure from the list
objective-no-measure = None
objective-target = Target
objective-target-hint = A whole number, for example 90 for 90%.
objective-target-error = Enter the target as a whole number
objective-add = Add objective
