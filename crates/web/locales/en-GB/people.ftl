## People (crates/web/src/people): the register of people, erasure, retention, importing and exporting.

## The register of people
error-formula-start = { $label } must not start with =, +, - or @
error-postcode-format = Enter a postcode using only letters, numbers and spaces, like NB1 2AB

until = until
none-recorded = Not recorded
people-title = People
people-caption = People in the register
people-filter-heading = Find people
people-search = Name
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

people-found-many = More than { $count } people. Use the filters to narrow the list.

person-support-link = Their named contact, support given, mentoring and training

## Everything we hold about a person (src/people/held.rs), as staff and the person see it
my-data-about = Everything Withus holds about you, made when you asked for it.
held-download = Download all of it as one file
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

## Erasure
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
