# What staff (youth organisations, the Innsatsgruppe, administrators) see.
staff-sign-in-title = Logg inn for ansatte
staff-sign-in-lead = Innlogging er bare for de som lager og leser undersøkelser. Unge som svarer, trenger aldri å logge inn.
staff-email-label = E-postadresse
staff-password-label = Passord
staff-sign-in-button = Logg inn
staff-signed-in-as = Du er logget inn som { $name }.
staff-home-title = Din side
staff-hello = Hei, { $name }
staff-role-line = Rolle: { $role }
staff-role-admin = administrator
staff-role-facilitator = tilrettelegger i en organisasjon
staff-role-reviewer = leser i Innsatsgruppen
staff-need-sign-in = Du må logge inn for å se denne siden
staff-change-password-heading = Bytt passord
staff-current-password-label = Passordet du har nå
staff-new-password-label = Nytt passord
staff-new-password-hint = Minst 12 tegn. En setning du husker, er et godt passord.
staff-change-password-button = Bytt passord
staff-password-changed = Passordet er byttet. Du er logget ut alle andre steder.
staff-sign-out-heading = Logg ut
staff-sign-out-button = Logg ut
staff-sign-out-everywhere-hint = Har du vært logget inn på en annen maskin, kan du logge ut der også.
staff-sign-out-everywhere-button = Logg ut overalt
error-sign-in-failed = E-postadressen eller passordet er feil.
error-too-many-attempts = For mange forsøk. Vent et kvarter og prøv igjen.
error-csrf = Skjemaet er for gammelt. Last inn siden på nytt og prøv igjen.
error-current-password-wrong = Passordet du har nå, er feil.
staff-forbidden-title = Du har ikke tilgang til denne siden
staff-forbidden-body = Siden er for en annen rolle enn din. Spør en administrator hvis du trenger tilgang.
staff-admin-title = Administrasjon
staff-admin-invite-heading = Inviter en ansatt
staff-admin-invite-name-label = Navn
staff-admin-invite-role-label = Rolle
staff-admin-invite-org-label = Organisasjon
staff-admin-invite-org-none = Ingen (for lesere og administratorer)
staff-admin-invite-button = Lag invitasjonslenke
staff-admin-invite-link = Send denne lenken til den du inviterer. Den virker én gang, i sju dager:
staff-admin-organisations-heading = Organisasjoner
staff-admin-org-name-label = Navn på ny organisasjon
staff-admin-create-org-button = Legg til organisasjon
staff-admin-staff-heading = Ansatte
staff-admin-status = Status
staff-admin-pending = Invitert
staff-admin-active = Aktiv
staff-invite-heading = Invitasjon
staff-invite-welcome = Velkommen, { $name }
staff-invite-lead = Velg et passord. Da er kontoen din klar, og du blir logget inn.
staff-invite-button = Lagre passord og logg inn
staff-invite-used-title = Denne invitasjonen er brukt
staff-invite-expired-title = Denne invitasjonen har gått ut
staff-invite-unknown-title = Vi finner ikke denne invitasjonen
staff-invite-ask-again = Be administratoren om en ny lenke.
error-org-needed = En tilrettelegger må høre til en organisasjon. Velg en organisasjon.
error-org-not-allowed = Bare tilretteleggere hører til en organisasjon. Velg «Ingen».
error-email-taken = Det finnes allerede en konto med denne e-postadressen.
staff-consultations-title = Undersøkelser
staff-consultations-none = Organisasjonen din har ingen undersøkelser ennå.
staff-session-mode-live = I rommet nå (live)
staff-session-mode-open = Åpen lenke mellom to datoer
staff-session-accepting = tar imot svar
staff-session-not-accepting = tar ikke imot svar
staff-session-responses =
    { $count ->
        [one] { $count } svar
       *[other] { $count } svar
    }
staff-session-new = Åpne en ny økt
staff-session-opens = Første dag (valgfritt)
staff-session-closes = Siste dag (valgfritt)
staff-session-dates-hint = Uten datoer er lenken åpen til du avslutter økten.
staff-session-open-button = Åpne økt
staff-session-code-aria = Koden er { $code }
staff-session-qr-label = QR-kode som åpner undersøkelsen
staff-session-link = Lenke:
staff-session-poster = Skriv ut plakat
staff-session-end = Avslutt økten
poster-instruction = Skann koden med mobilen, eller gå til adressen og skriv inn koden. Du er anonym.
error-date-invalid = Datoen ble ikke forstått. Bruk datovelgeren.
error-date-order = Siste dag må komme etter første dag.
staff-template-heading = Lag en ny undersøkelse fra en mal
staff-template-use = Bruk malen
staff-results-heading = Resultater så langt
staff-results-written =
    { $count ->
        [one] { $count } skrevet svar. Tekstene vises når personopplysninger er fjernet.
       *[other] { $count } skrevne svar. Tekstene vises når personopplysninger er fjernet.
    }
