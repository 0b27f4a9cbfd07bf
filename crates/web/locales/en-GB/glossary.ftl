## The glossary and jargon buster (crates/web/src/glossary).

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
