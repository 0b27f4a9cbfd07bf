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
member-home-help = Your contact in the involvement team can help you by phone or email.
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
