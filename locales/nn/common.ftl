# Shared by every page.
app-name = Ungstemme
skip-to-content = Hopp til innhaldet
lang-menu-label = Vel språk
footer-anonymous = Ungstemme lagrar ikkje namnet ditt, telefonen din eller IP-adressa di.
back-to-start = Til framsida
loading = Lastar …
not-found-title = Denne sida finst ikkje
not-found-body = Sjekk adressa, eller gå til framsida og skriv inn koden du har fått.

# Errors. Say what happened and what to do, in plain words.
error-title = Noko gjekk gale
error-generic = Noko gjekk gale hos oss. Svara dine er ikkje borte. Prøv igjen om litt.
error-offline = Vi fekk ikkje kontakt med serveren. Sjekk nettet og trykk på knappen igjen.
error-refused-title = Det gjekk ikkje
error-malformed = Skjemaet kom ikkje fram slik det skulle. Gå tilbake og prøv igjen.
error-unknown-question = Dette spørsmålet finst ikkje i undersøkinga.
error-unknown-option = Det du valde, er ikkje eitt av svaralternativa. Gå tilbake og vel på nytt.
error-scale-range = Vel eit tal frå 1 til 5.
error-text-too-long = Teksten er for lang. Du kan skrive opptil 5000 teikn.
error-title-too-long = Overskrifta er for lang. Du kan skrive opptil 200 teikn.
error-email-invalid = Dette ser ikkje ut som ei e-postadresse.
error-password-short = Passordet må ha minst 12 teikn. Ei setning du hugsar, er eit godt passord.
error-password-long = Passordet kan ha høgst 256 teikn.
error-name-missing = Skriv inn eit namn.
