# What young people see when they answer.

welcome-title = Say what you think
welcome-lead = Here you can answer questions and share ideas about what it is like to be young where you live. The people asking will use the answers to make things better.
welcome-facts-heading = Good to know
welcome-fact-anonymous = You are anonymous. Nobody can see who answered what.
welcome-fact-skip = You can skip any question.
welcome-fact-languages = You can answer in Bokmål, Nynorsk, Sámi or English.

join-code-label = Type in the code
join-code-hint = The code has 4 to 8 characters. You get it from the people asking, for example on a screen or a poster.
join-button = Continue
join-question-count =
    { $count ->
        [one] There is { $count } question.
       *[other] There are { $count } questions.
    }
start-button = Start
unknown-code-title = We cannot find that code
unknown-code-body = Check that you typed the code correctly. The code may also have expired.
closed-title = This survey is closed
closed-body = It is no longer possible to answer here. Thank you for wanting to take part!
too-fast-title = Too many at once
too-fast-body = A lot of answers came from here just now. Wait a moment, then send your answer again.
draft-missing-title = We cannot find your answers
draft-missing-body = It may be more than a day since you started. Type in the code again to start over.
already-sent-title = Your answers have been sent
already-sent-body = We have received your answers. You do not need to do anything else.

progress = Question { $n } of { $total }
choose-any = You can choose more than one.
scale-1 = Very bad
scale-2 = Bad
scale-3 = Okay
scale-4 = Good
scale-5 = Very good
text-privacy-hint = Do not write names, phone numbers or anything else that shows who you or others are.
idea-title-label = Your idea in a few words
idea-description-label = Tell us more about the idea
next-button = Next
skip-button = Skip
back-button = Back

about-title = Finally: about you
about-why = If you like, you can tell us how old you are and which county you live in. Then we can see whether young people of different ages and places think differently. This is voluntary, and nobody can find out who you are.
age-legend = How old are you?
age-10-12 = 10–12 years
age-13-15 = 13–15 years
age-16-19 = 16–19 years
age-20-24 = 20–24 years
age-25-29 = 25–29 years
prefer-not-to-say = Prefer not to say
county-label = Which county do you live in?
county-agder = Agder
county-akershus = Akershus
county-buskerud = Buskerud
county-finnmark = Finnmark
county-innlandet = Innlandet
county-more-og-romsdal = Møre og Romsdal
county-nordland = Nordland
county-oslo = Oslo
county-rogaland = Rogaland
county-telemark = Telemark
county-troms = Troms
county-trondelag = Trøndelag
county-vestfold = Vestfold
county-vestland = Vestland
county-ostfold = Østfold
send-button = Send my answers

thanks-title = Thank you for answering!
thanks-stored = Your answers have been saved.
thanks-next-heading = What happens now?
thanks-next-body = The people who made the questions read your answers together with answers from many other young people. They use them to decide what should get better. Later you can see what came of it.
thanks-anonymous-heading = Nobody knows who you are
thanks-anonymous-body = We have not stored your name, your phone or your IP address. Nobody can see who wrote what.

help-title = You do not have to be alone with this
help-intro = What you wrote sounds hard. Here are people you can talk to. It is free, and you do not have to say who you are.
help-outro = You can go on answering below, or take a break. Your answers will not be lost.
help-maybe-title = Is it tough right now?
help-maybe-intro = If what you wrote is about you, and things are hard, you can talk to someone. It is free, and you do not have to say who you are.

paced-hint = Your group answers together: the next question appears when the facilitator moves on.

## What we heard: the public page
welcome-heard-link = See what came of what young people said
heard-title = What we heard
heard-lead = Here the Innsatsgruppe of "No children and young people left out!" shows what children and young people have told us, and what has been done about it. Numbers from very few young people are not shown, so nobody can be recognised.
heard-nothing-yet = Nothing has been published yet. Come back later!
heard-open-data = The numbers are also open data:
heard-based-on = Based on: { $filters }
heard-nothing-done-yet = We will write here what is done about what you said.
heard-published = Published { $date }
heard-heard-heading = What we heard
heard-did-heading = What we did
heard-who-wrote = { $people } young people wrote { $texts ->
    [one] one text
   *[other] { $texts } texts
}.
heard-who-wrote-people = { $people } young people wrote to us.
heard-who-wrote-few = Fewer than { $k } young people wrote about this, so we do not show numbers.
heard-goals-heading = What they wrote about most
heard-arenas-heading = Where it happens
heard-some-hidden = Some numbers are hidden because they come from fewer than { $k } young people.

## Without network, and read aloud
offline-title = You are offline
offline-body = This page needs the internet, and the phone has no connection right now.
offline-kept = Answers you have already given are saved on the phone and will be sent by themselves when you are online again.
offline-note = You are offline. You can keep answering – your answers are saved on the phone and sent when you are online again.
saved-title = Your answers are saved on the phone
saved-body = You have no internet right now. Your answers are safely saved on this phone, and they will be sent by themselves when you are online again.
saved-close = You can close the page. If you open Ungstemme again with the internet, your answers are sent at once – only once.
saved-refused = Your answers could not be sent, because the survey is closed or too old. Ask the person who invited you.
read-aloud = Read aloud
