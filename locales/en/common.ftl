# Shared by every page.
app-name = Ungstemme
skip-to-content = Skip to content
lang-menu-label = Choose language
footer-anonymous = Ungstemme does not store your name, your phone or your IP address.
back-to-start = To the front page
loading = Loading …
not-found-title = This page does not exist
not-found-body = Check the address, or go to the front page and type in the code you were given.

# Errors. Say what happened and what to do, in plain words.
error-title = Something went wrong
error-generic = Something went wrong on our side. Your answers are not lost. Please try again in a moment.
error-offline = We could not reach the server. Check your connection and press the button again.
error-refused-title = That did not work
error-malformed = The form did not arrive as it should. Go back and try again.
error-unknown-question = This question is not part of the survey.
error-unknown-option = What you chose is not one of the options. Go back and choose again.
error-scale-range = Choose a number from 1 to 5.
error-text-too-long = The text is too long. You can write up to 5000 characters.
error-title-too-long = The title is too long. You can write up to 200 characters.
error-email-invalid = This does not look like an e-mail address.
error-password-short = The password needs at least 12 characters. A sentence you remember makes a good password.
error-password-long = The password can have at most 256 characters.
error-name-missing = Type in a name.

## Help one tap away, and the accessibility statement
help-anytime-summary = Need someone to talk to?
help-anytime-intro = Here are people you can call or write to. It is free, and you do not have to say who you are.
help-more = More people who can help
help-chat = Chat
help-write = Write
help-email = E-mail
help-speaks-se = Answers in Sámi.
a11y-link = Accessibility statement
a11y-title = Accessibility statement
a11y-lead = Every child and young person should be able to use Ungstemme: on any phone, with a screen reader, with a keyboard and with large text.
a11y-standard-heading = What we follow
a11y-standard = Ungstemme is made to meet WCAG 2.1 at level AA, as the Norwegian regulations on universal design of ICT require.
a11y-tested-heading = How we test
a11y-tested = Every page is tested automatically with axe-core in all four languages, with and without JavaScript, on a phone-sized screen. Every form is an ordinary form that works with a keyboard and a screen reader, also without JavaScript. We also test that no page young people see needs sideways scrolling at 320 pixels wide or with text at 200 %, and we answer a whole survey with the keyboard alone.
a11y-limits-heading = What is not good enough yet
a11y-limit-read-aloud = The "Read aloud" button uses the voices your phone has. Many phones have no voice for Northern Sámi or Nynorsk; then the button is not shown.
a11y-limit-languages = The Nynorsk and Northern Sámi texts were written by the developers and have not been checked by native speakers.
a11y-limit-charts = The charts on the pages for organisations and the Innsatsgruppe need sideways scrolling on narrow screens. Their numbers are also in a table under each chart.
a11y-limit-offline = Without the internet you can finish a survey you have started, but not start a new one.
a11y-feedback-heading = Tell us
a11y-feedback = Does something not work for you? Tell the people who invited you to answer, and they will pass it on to us. You can also complain to the Norwegian Authority for Universal Design of ICT (uutilsynet.no).
a11y-updated = Last updated 24 November 2026.

## The installed app
app-description = Say what you think: answer questions, share ideas and vote – anonymously, on your phone.
