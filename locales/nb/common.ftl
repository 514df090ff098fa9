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

## Help one tap away, and the accessibility statement
help-anytime-summary = Trenger du noen å snakke med?
help-anytime-intro = Her er noen du kan ringe eller skrive til. Det er gratis, og du trenger ikke si hvem du er.
help-more = Flere som kan hjelpe
help-chat = Chat
help-write = Skriv
help-email = E-post
help-speaks-se = Svarer på samisk.
a11y-link = Tilgjengelighetserklæring
a11y-title = Tilgjengelighetserklæring
a11y-lead = Ungstemme skal kunne brukes av alle barn og unge: på alle slags telefoner, med skjermleser, med tastatur og med store bokstaver.
a11y-standard-heading = Hva vi følger
a11y-standard = Ungstemme er laget for å følge WCAG 2.1 på nivå AA, slik forskriften om universell utforming av IKT-løsninger krever.
a11y-tested-heading = Slik tester vi
a11y-tested = Hver side testes automatisk med axe-core på alle fire språk, med og uten JavaScript, på en skjerm like stor som en mobil. Alle skjemaer er vanlige skjemaer som fungerer med tastatur og skjermleser, også uten JavaScript. Vi tester også at ingen side for unge må rulles sidelengs når skjermen er 320 piksler bred eller teksten er 200 % stor, og vi svarer på en hel undersøkelse bare med tastaturet.
a11y-limits-heading = Dette er ikke godt nok ennå
a11y-limit-read-aloud = Knappen «Les opp» bruker stemmene telefonen har. Mange telefoner har ingen stemme for nordsamisk eller nynorsk; da vises ikke knappen.
a11y-limit-languages = Teksten på nynorsk og nordsamisk er skrevet av utviklerne og ikke lest over av noen som har språket som morsmål.
a11y-limit-charts = Diagrammene på sidene for organisasjonene og Innsatsgruppen må rulles sidelengs på smale skjermer. Tallene står også i en tabell under hvert diagram.
a11y-limit-offline = Uten nett kan du svare ferdig på en undersøkelse du har begynt på, men ikke begynne på en ny.
a11y-feedback-heading = Si fra
a11y-feedback = Virker noe ikke for deg? Si fra til de som inviterte deg til å svare, så sender de det videre til oss. Du kan også klage til Tilsynet for universell utforming av IKT (uutilsynet.no).
a11y-updated = Sist oppdatert 24. november 2026.

## The installed app
app-description = Si hva du mener: svar på spørsmål, del ideer og stem – anonymt, på mobilen.
