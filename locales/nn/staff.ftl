# What staff (youth organisations, the Innsatsgruppe, administrators) see.
staff-sign-in-title = Logg inn for tilsette
staff-sign-in-lead = Innlogging er berre for dei som lagar og les undersøkingar. Unge som svarar, treng aldri å logge inn.
staff-email-label = E-postadresse
staff-password-label = Passord
staff-sign-in-button = Logg inn
staff-signed-in-as = Du er logga inn som { $name }.
staff-home-title = Sida di
staff-hello = Hei, { $name }
staff-role-line = Rolle: { $role }
staff-role-admin = administrator
staff-role-facilitator = tilretteleggjar i ein organisasjon
staff-role-reviewer = lesar i Innsatsgruppa
staff-need-sign-in = Du må logge inn for å sjå denne sida
staff-change-password-heading = Byt passord
staff-current-password-label = Passordet du har no
staff-new-password-label = Nytt passord
staff-new-password-hint = Minst 12 teikn. Ei setning du hugsar, er eit godt passord.
staff-change-password-button = Byt passord
staff-password-changed = Passordet er bytt. Du er logga ut alle andre stader.
staff-sign-out-heading = Logg ut
staff-sign-out-button = Logg ut
staff-sign-out-everywhere-hint = Har du vore logga inn på ei anna maskin, kan du logge ut der òg.
staff-sign-out-everywhere-button = Logg ut overalt
error-sign-in-failed = E-postadressa eller passordet er feil.
error-too-many-attempts = For mange forsøk. Vent eit kvarter og prøv igjen.
error-csrf = Skjemaet er for gammalt. Last inn sida på nytt og prøv igjen.
error-current-password-wrong = Passordet du har no, er feil.
staff-forbidden-title = Du har ikkje tilgang til denne sida
staff-forbidden-body = Sida er for ei anna rolle enn di. Spør ein administrator om du treng tilgang.
staff-admin-title = Administrasjon
staff-admin-invite-heading = Inviter ein tilsett
staff-admin-invite-name-label = Namn
staff-admin-invite-role-label = Rolle
staff-admin-invite-org-label = Organisasjon
staff-admin-invite-org-none = Ingen (for lesarar og administratorar)
staff-admin-invite-button = Lag invitasjonslenkje
staff-admin-invite-link = Send denne lenkja til den du inviterer. Ho verkar éin gong, i sju dagar:
staff-admin-organisations-heading = Organisasjonar
staff-admin-org-name-label = Namn på ny organisasjon
staff-admin-create-org-button = Legg til organisasjon
staff-admin-staff-heading = Tilsette
staff-admin-status = Status
staff-admin-pending = Invitert
staff-admin-active = Aktiv
staff-invite-heading = Invitasjon
staff-invite-welcome = Velkomen, { $name }
staff-invite-lead = Vel eit passord. Då er kontoen din klar, og du blir logga inn.
staff-invite-button = Lagre passord og logg inn
staff-invite-used-title = Denne invitasjonen er brukt
staff-invite-expired-title = Denne invitasjonen har gått ut
staff-invite-unknown-title = Vi finn ikkje denne invitasjonen
staff-invite-ask-again = Be administratoren om ei ny lenkje.
error-org-needed = Ein tilretteleggjar må høyre til ein organisasjon. Vel ein organisasjon.
error-org-not-allowed = Berre tilretteleggjarar høyrer til ein organisasjon. Vel «Ingen».
error-email-taken = Det finst alt ein konto med denne e-postadressa.
staff-consultations-title = Undersøkingar
staff-consultations-none = Organisasjonen din har ingen undersøkingar enno.
staff-session-mode-live = I rommet no (live)
staff-session-mode-open = Open lenkje mellom to datoar
staff-session-accepting = tek imot svar
staff-session-not-accepting = tek ikkje imot svar
staff-session-responses =
    { $count ->
        [one] { $count } svar
       *[other] { $count } svar
    }
staff-session-new = Opne ei ny økt
staff-session-opens = Første dag (valfritt)
staff-session-closes = Siste dag (valfritt)
staff-session-dates-hint = Utan datoar er lenkja open til du avsluttar økta.
staff-session-open-button = Opne økt
staff-session-code-aria = Koden er { $code }
staff-session-qr-label = QR-kode som opnar undersøkinga
staff-session-link = Lenkje:
staff-session-poster = Skriv ut plakat
staff-session-end = Avslutt økta
poster-instruction = Skann koden med mobilen, eller gå til adressa og skriv inn koden. Du er anonym.
error-date-invalid = Datoen vart ikkje forstått. Bruk datoveljaren.
error-date-order = Siste dag må kome etter første dag.
staff-template-heading = Lag ei ny undersøking frå ein mal
staff-template-use = Bruk malen
staff-results-heading = Resultat så langt
staff-results-written =
    { $count ->
        [one] { $count } skrive svar. Tekstane blir viste når personopplysningar er fjerna.
       *[other] { $count } skrivne svar. Tekstane blir viste når personopplysningar er fjerna.
    }
