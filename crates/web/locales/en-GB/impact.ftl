## Impact and feedback (crates/web/src/impact): what people said and what changed, feedback, evaluation and questionnaires.

continue = Continue
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
questionnaire-intro = Five questions about what changed because people took part. Answer as many as you like. We share your answers with the team, but not your name.
questionnaire-question = { $number }. { $question }
questionnaire-words = Anything to add about question { $number }? (optional)
questionnaire-send = Send my answers
questionnaire-thanks = Thank you. Your answers have been saved.
questionnaire-thanks-next = Thank you. Your answers have been saved. The team reads every answer. This page shows what changed because of what people told us.
questionnaire-closed = This questionnaire has closed.
questionnaire-error-empty = Answer at least one question
question-outcomes = How much did it do what it set out to do?
question-outcomes-hint = Think about what we said we wanted to happen, and what really happened.
question-difference = How much changed because of the people who took part?
question-difference-hint = For example, ideas we used.
question-process = How well did the way it was done suit you?
question-process-hint = For example, were you listened to, and did you get what you needed to take part?
question-result = How much did the people who took part change how it ended?
question-result-hint = Would it have ended the same without them?
question-beyond = How much did it change anything else?
question-beyond-hint = For example, the way the service works, or you.
scale-all-of-it = All of it
scale-most-of-it = Most of it
scale-some-of-it = Some of it
scale-a-little-of-it = A little of it
scale-none-of-it = None of it
scale-a-lot = A lot
scale-quite-a-lot = Quite a lot
scale-some = Some
scale-a-little = A little
scale-nothing = Nothing
scale-not-at-all = Not at all
scale-very-well = Very well
scale-well = Well
scale-partly = Partly
scale-not-very-well = Not very well
scale-not-at-all-well = Not at all well
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
my-said-stands = Where it stands:
my-said-areas = This changed: { $areas }
my-said-appeal = If you disagree with this decision, you can ask us to look at it again, or make a complaint. Your named contact can help you do either.
my-said-waiting = Questionnaires waiting for you
my-said-waiting-intro = Please tell us how it went.
my-said-questionnaire = How did it go? { $title }
