## Opportunities (crates/web/src/opportunities), with quotas and the fair lottery (src/opportunities/lottery).

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
opp-added-next = The opportunity was saved as a draft. Fill in the other parts next: people cannot see it until you move it to open.
opp-new-intro = Start with what the opportunity is about. You can fill in the other parts next, one at a time, and come back to any of them.
opp-save-continue = Save and continue
opp-parts-intro = Fill in each part. You can save a part and come back to the others later.
opp-parts-count = You have completed { $done } of { $all } parts.
opp-parts-back = Back to the opportunity
opp-part-about = What it is about
opp-part-say = What people can influence
opp-part-roles = Roles people can take
opp-part-when = When, where and access
opp-part-places = Places, payment and who looks after it
opp-part-done = Completed
opp-part-not-done = Incomplete
opp-part-needed = Needed before it opens
opp-part-saved = ‘{ $part }’ was saved.
opp-moved = The opportunity has moved to its next step.
opp-moved-evaluating = The opportunity has moved to evaluating. We emailed the questionnaire to { $people ->
    [one] 1 involved person
   *[other] { $people } involved people
    } and { $staff ->
    [one] 1 member of staff
   *[other] { $staff } members of staff
    }.
opp-moved-not-emailed = We could not email { $count ->
    [one] 1 involved person
   *[other] { $count } involved people
    }: they have no email address or did not agree to email. Phone or write to them.
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
opp-read-summary = What it is about
opp-read-outcomes = What we hope will change because of it
opp-read-places = Places
opp-places-with-reserves = { $places ->
    [one] 1 place
   *[other] { $places } places
}{ $reserves ->
    [0] {""}
    [one] , and 1 person on the reserve list
   *[other] , and { $reserves } people on the reserve list
}
opp-pay-for-each = { $amount } for each { $unit }
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
opp-problem-way = Say how people take part: in person, online or both
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
opp-check-invite-button = { $count ->
    [one] Check the invitation to 1 person
   *[other] Check the invitation to { $count } people
}
opp-preview-title = Check the invitation before it goes
opp-preview-matches = { $count ->
    [one] It goes by email to 1 person whose choices match and who has not been invited yet.
   *[other] It goes by email to { $count } people whose choices match and who have not been invited yet.
}
opp-preview-everyone = { $count ->
    [one] It goes by email to 1 active member who agreed to email and has not been invited yet.
   *[other] It goes by email to { $count } active members who agreed to email and have not been invited yet.
}
opp-preview-nobody = Nobody is waiting for this invitation: everyone it would go to has been invited already, or does not get email.
opp-preview-email = The email, as the first person will read it
opp-preview-subject = Subject: { $subject }
opp-preview-who = Who it goes to ({ $count })
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
my-opp-show-all = Show all the ways to get involved
my-opp-all-intro = These are all the ways to get involved now.
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
my-opp-paused = You cannot say you are interested while you are taking a break from being involved, or have left.
my-opp-paused-link = Change this in your details
my-opp-check-title = Check what you are sending
my-opp-check-note = What you want to tell us
my-opp-check-nothing = Nothing
my-opp-check-next = When you send this, the team will see that you are interested and what you told us. They will tell you if you have a place.
my-opp-check-send = Confirm and send
my-opp-check-change = Change what I wrote
my-opp-access-hint = We filled this in from your details. Change it if this time is different.
my-opp-interested = I am interested
my-opp-done-interested = Thank you for saying you are interested. The team will look at everyone who is interested and tell you whether you have a place. You can change your mind on this page at any time.
my-opp-done-gave-up = You have given up your place. The team can see this, and may offer it to someone else. You can say you are interested again while it is open.
my-opp-done-withdrawn = You are no longer down as interested. You can say you are interested again while it is open.
my-opp-done-accepted = You have taken the place. You will get an invitation to each meeting, saying when and where it is, and the papers to read before it.
my-opp-withdraw = Withdraw
my-opp-accept = Accept the place

meeting-add-link = Add a meeting
opp-plain-what = the words people will read about this opportunity

opp-problem-feedback = Send feedback to everyone involved (see Impact and evaluation)
opp-problem-evaluation = Finish the evaluation: what happened against each intended outcome, the reflection and the lessons
opp-field-role-requires = Training or check this role needs
opp-role-requires-hint = Only people who hold it, and whose certificate or check has not run out, will match.
opp-role-requires-nothing = Nothing needed

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
lottery-applied = Places have been offered to this panel, the reserves are listed in the order drawn, and everyone else in the pool is marked as not drawn. Anyone with an account sees this on their opportunities page, but nobody has been emailed. To email someone offered a place or not drawn, choose Decide next to their name on the Interest and selection page and save the decision as it is, or phone or write to them. A reserve is emailed when you offer them a place that comes free.
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

# After a decision on someone's interest: the email to them, and the banner on the interest page.
opp-told-offered-subject = A place for you: { $title }
opp-told-offered-email = Dear { $name },

    We would like to offer you a place on { $title }.

    Please tell us if you can take it: { $link }

    If you cannot, that is fine. Saying so lets us offer the place to someone else.
opp-told-confirmed-subject = Your place is confirmed: { $title }
opp-told-confirmed-email = Dear { $name },

    Your place on { $title } is confirmed. Thank you.

    You can see the details at any time: { $link }
opp-told-reserve-subject = You are on the reserve list: { $title }
opp-told-reserve-email = Dear { $name },

    Thank you for saying you are interested in { $title }.

    All the places are taken for now, so you are on the reserve list. If a place comes free, we will offer it to you.

    You can see where you stand at any time: { $link }
opp-told-not-selected-subject = About { $title }
opp-told-not-selected-email = Dear { $name },

    Thank you for saying you are interested in { $title }.

    We cannot offer you a place this time. This is why: { $reason }

    We hope you will take part in something else soon: { $link }
opp-decided-offered = You offered { $name } a place.
opp-decided-confirmed = You confirmed { $name }'s place.
opp-decided-reserve = You put { $name } on the reserve list.
opp-decided-not-selected = You told { $name } they were not chosen this time.
opp-decided-emailed = We emailed them to say so.
opp-decided-not-emailed = We did not email them, because they have not agreed to email or we have no address for them. Tell them by phone or post.
