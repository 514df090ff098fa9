# What staff (youth organisations, the Innsatsgruppe, administrators) see.
staff-sign-in-title = Staff sign-in
staff-sign-in-lead = Signing in is only for people who make and read consultations. Young people who answer never need to sign in.
staff-email-label = E-mail address
staff-password-label = Password
staff-sign-in-button = Sign in
staff-signed-in-as = You are signed in as { $name }.
staff-home-title = Your page
staff-hello = Hello, { $name }
staff-role-line = Role: { $role }
staff-role-admin = administrator
staff-role-facilitator = facilitator in an organisation
staff-role-reviewer = reviewer in the Innsatsgruppe
staff-need-sign-in = You need to sign in to see this page
staff-change-password-heading = Change password
staff-current-password-label = Your current password
staff-new-password-label = New password
staff-new-password-hint = At least 12 characters. A sentence you remember makes a good password.
staff-change-password-button = Change password
staff-password-changed = Your password has been changed. You have been signed out everywhere else.
staff-sign-out-heading = Sign out
staff-sign-out-button = Sign out
staff-sign-out-everywhere-hint = If you have been signed in on another computer, you can sign out there too.
staff-sign-out-everywhere-button = Sign out everywhere
error-sign-in-failed = The e-mail address or the password is wrong.
error-too-many-attempts = Too many attempts. Wait a quarter of an hour and try again.
error-csrf = The form is too old. Reload the page and try again.
error-current-password-wrong = Your current password is wrong.
staff-forbidden-title = You do not have access to this page
staff-forbidden-body = This page is for another role than yours. Ask an administrator if you need access.
staff-admin-title = Administration
staff-admin-invite-heading = Invite a staff member
staff-admin-invite-name-label = Name
staff-admin-invite-role-label = Role
staff-admin-invite-org-label = Organisation
staff-admin-invite-org-none = None (for reviewers and administrators)
staff-admin-invite-button = Make an invite link
staff-admin-invite-link = Send this link to the person you invite. It works once, for seven days:
staff-admin-organisations-heading = Organisations
staff-admin-org-name-label = Name of a new organisation
staff-admin-create-org-button = Add organisation
staff-admin-staff-heading = Staff
staff-admin-status = Status
staff-admin-pending = Invited
staff-admin-active = Active
staff-invite-heading = Invitation
staff-invite-welcome = Welcome, { $name }
staff-invite-lead = Choose a password. Then your account is ready and you are signed in.
staff-invite-button = Save password and sign in
staff-invite-used-title = This invitation has been used
staff-invite-expired-title = This invitation has expired
staff-invite-unknown-title = We cannot find this invitation
staff-invite-ask-again = Ask the administrator for a new link.
error-org-needed = A facilitator must belong to an organisation. Choose an organisation.
error-org-not-allowed = Only facilitators belong to an organisation. Choose “None”.
error-email-taken = There is already an account with this e-mail address.
staff-consultations-title = Consultations
staff-consultations-none = Your organisation has no consultations yet.
staff-session-mode-live = In the room now (live)
staff-session-mode-open = An open link between two dates
staff-session-accepting = taking answers
staff-session-not-accepting = not taking answers
staff-session-responses =
    { $count ->
        [one] { $count } response
       *[other] { $count } responses
    }
staff-session-new = Open a new session
staff-session-opens = First day (optional)
staff-session-closes = Last day (optional)
staff-session-dates-hint = Without dates the link stays open until you end the session.
staff-session-open-button = Open session
staff-session-code-aria = The code is { $code }
staff-session-qr-label = QR code that opens the consultation
staff-session-link = Link:
staff-session-poster = Print a poster
staff-session-end = End the session
poster-instruction = Scan the code with your phone, or go to the address and type in the code. You are anonymous.
error-date-invalid = The date was not understood. Use the date picker.
error-date-order = The last day must come after the first day.
staff-template-heading = Make a new consultation from a template
staff-template-use = Use this template
staff-results-heading = Results so far
staff-results-written =
    { $count ->
        [one] { $count } written answer. The texts are shown once personal data has been removed.
       *[other] { $count } written answers. The texts are shown once personal data has been removed.
    }
