## Home pages (crates/web/src/home): the staff home page and an involved person's home page.

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
member-home-contact = Your contact in the involvement team is { $name }.
member-home-contact-email = Email them and they will get back to you:
member-home-no-contact = You do not have a named contact in the involvement team yet. Ask at your next meeting, or reply to any email we send you.
member-home-offers-heading = Places offered to you
member-home-offers-lead = Tell the team whether you can take each place.
member-home-offer-link = Answer the offer: { $title }
member-home-meetings-heading = Meetings coming
member-home-meeting-online = Online
member-home-meeting-papers = { $count ->
    [one] 1 paper to read
   *[other] { $count } papers to read
}
member-home-meeting-no-papers = Papers not sent yet
member-home-claims-heading = Claims you can make
member-home-claim-link = Claim for { $title }, { $when }
member-home-account-link = Change how you sign in

member-home-details-link = Your details, choices and access needs
member-home-opportunities-link = Ways to get involved

home-overdue-heading = Feedback overdue: { $count ->
    [one] 1 person
   *[other] { $count } people
}
home-overdue-all = See all feedback owed
home-overdue-none = No feedback is overdue.
home-running-out-all = See everything running out
