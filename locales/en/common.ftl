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
