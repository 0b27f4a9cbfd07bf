## Public pages (crates/web/src/pages): the start page, the accessibility statement, the privacy notice and the page after erasure.

start-title = Involve people in your services
start-heading = Involve people in shaping your services
start-lead = Withus helps health and social care organisations work with the people who use their services, and their carers, and shows what changed because of them.
start-use = Use Withus to:
start-use-1 = keep one list of the people who want to be involved, and how
start-use-2 = plan fair, accessible meetings and pay people on time
start-use-3 = tell people what difference they made
start-button = Sign in
start-motto = Nothing about us without us.

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

erased-title = Your details have been erased
erased-body = We have removed your details. Thank you for everything you did with us. If you want to be involved again, contact the involvement team.
