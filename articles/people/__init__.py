"""People who share a name (同名记者): telling two reporters 王明 apart at the desk
(:mod:`articles.people.split`), making them one again (:mod:`articles.people.merge`), and which
of them a byline printed later credits (:mod:`articles.people.namesakes`)."""
