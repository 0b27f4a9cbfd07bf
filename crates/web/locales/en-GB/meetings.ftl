## Meetings (capability E; crates/web/src/meetings): meetings, checks, attendance, agendas, papers and venues.

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
meeting-invited-banner = Invitations sent by email, each with a calendar file, to { $emailed } of the { $expected ->
    [one] 1 person
   *[other] { $expected } people
} expected.
meeting-told-changed = Meeting changed. The new time and place were sent by email, each with a calendar file, to { $emailed } of the { $expected ->
    [one] 1 person
   *[other] { $expected } people
} expected.
meeting-told-cancelled = Meeting cancelled. The cancellation was sent by email, each with a calendar file, to { $emailed } of the { $expected ->
    [one] 1 person
   *[other] { $expected } people
} expected.
meeting-told-cancelled-uninvited = Meeting cancelled. Nobody had been invited, so nobody was emailed.
meeting-told-papers = Papers sent. An email saying they are ready went to { $emailed } of the { $expected ->
    [one] 1 involved person
   *[other] { $expected } involved people
} expected.
meeting-told-notes = Attendance and notes saved. The notes were sent by email to { $emailed } of the { $expected ->
    [one] 1 person
   *[other] { $expected } people
} expected.
meeting-told-not-emailed = { $count ->
    [one] 1 person could not be emailed: { $names }. Phone or write to them, as their record says.
   *[other] { $count } people could not be emailed: { $names }. Phone or write to them, as their records say.
}
meeting-told-not-emailed-unnamed = { $count ->
    [one] 1 person could not be emailed. Phone or write to them, as their record says.
   *[other] { $count } people could not be emailed. Phone or write to them, as their records say.
}
meeting-told-no-address = { $name } (no email address)
meeting-told-no-consent = { $name } (did not agree to email)
meeting-told-left = { $name } (no longer involved)
meeting-reinvite = Send an update to everyone expected
paper-pdf-link = Download this paper to print
meeting-preview-title = Check the invitation before it goes
meeting-preview-update-title = Check the update before it goes
meeting-preview-subject = Subject
meeting-preview-to = Goes by email to
meeting-preview-not = Not emailed: phone or write to them
meeting-preview-nobody = Nobody
meeting-preview-as-read = The email as { $name } will read it
meeting-preview-email = The email
meeting-preview-calendar = Each email has a calendar file with the meeting's date, time and place, so it can go straight into a calendar.
meeting-preview-send = Send the invitations
meeting-preview-send-update = Send the update
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
check-time-booked = { $name } is already expected at { $meeting } on { $when }, which overlaps this meeting.
check-time-met = The time suits everyone expected, as far as we know.
check-access-title = A venue that meets people's access needs
check-access-promise = The opportunity promises { $need }, but { $venue } does not have it.
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
paper-read = Read { $title }
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
my-agenda-proposed = Thank you. We got your idea. The chair will choose if we talk about it at the meeting. Look at this page to find out what they choose.
my-papers = Papers
my-papers-none = No papers yet.
my-paper-get = Get the { $format } one
my-paper-read = Read the { $format } one
my-paper-back = Back to the meeting
my-paper-yours = The one you asked for
my-notes = Notes
my-notes-wrong = Is something wrong? Tell your contact.
agenda-error-closes = Enter a real closing date, like 27 3 2027
agenda-error-closes-past = The closing date must be today or in the future
agenda-error-closes-late = The closing date must be on or before the day of the meeting
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

activity-meeting = Meeting
activity-interview-panel = Interview panel
activity-training = Training
activity-event = Event
activity-consultation = Consultation
meeting-field-activity = Type of activity
meeting-activity-hint = Fees in the payment policy can differ by type of activity
attendee-find-person = Find a service user or carer to add
find-title = Add a service user or carer
find-name = Name
find-name-hint = The start of their first or last name
find-search = Search
find-chosen-intro = People confirmed, on reserve or offered a place on { $opportunity } are shown first. Search for anyone else by name.
find-some = Showing { $shown } of { $total } people with that name. Type more of the name to find fewer.
find-all = { $count ->
    [one] 1 person found.
   *[other] { $count } people found.
}
find-none = Nobody found. Check the spelling, or search with fewer letters.
find-caption = People you can add
find-area = Postcode area
find-no-area = Not known
find-role = How they are involved
find-last = Last took part
find-never = Not yet
find-standing = For this opportunity
find-standing-confirmed = Confirmed
find-standing-reserve = Reserve
find-standing-offered = Offered a place
find-add-member = Add as member
find-add-reserve = Add as reserve
find-already-expected = Already expected
