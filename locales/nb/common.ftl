# Shared by every page.
app-name = Ungstemme
skip-to-content = Hopp til innholdet
lang-menu-label = Velg språk
footer-anonymous = Ungstemme lagrer ikke navnet ditt, telefonen din eller IP-adressen din.
back-to-start = Til forsiden
loading = Laster …
not-found-title = Denne siden finnes ikke
not-found-body = Sjekk adressen, eller gå til forsiden og skriv inn koden du har fått.

# Errors. Say what happened and what to do, in plain words.
error-title = Noe gikk galt
error-generic = Noe gikk galt hos oss. Svarene dine er ikke borte. Prøv igjen om litt.
error-offline = Vi fikk ikke kontakt med serveren. Sjekk nettet og trykk på knappen igjen.
error-refused-title = Det gikk ikke
error-malformed = Skjemaet kom ikke fram slik det skulle. Gå tilbake og prøv igjen.
error-unknown-question = Dette spørsmålet finnes ikke i undersøkelsen.
error-unknown-option = Det du valgte, er ikke et av svaralternativene. Gå tilbake og velg på nytt.
error-scale-range = Velg et tall fra 1 til 5.
error-text-too-long = Teksten er for lang. Du kan skrive opptil 5000 tegn.
error-title-too-long = Overskriften er for lang. Du kan skrive opptil 200 tegn.
error-email-invalid = Dette ser ikke ut som en e-postadresse.
error-password-short = Passordet må ha minst 12 tegn. En setning du husker, er et godt passord.
error-password-long = Passordet kan ha høyst 256 tegn.
error-name-missing = Skriv inn et navn.
