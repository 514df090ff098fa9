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

## Help one tap away, and the accessibility statement
help-anytime-summary = Treng du nokon å snakke med?
help-anytime-intro = Her er nokon du kan ringje eller skrive til. Det er gratis, og du treng ikkje seie kven du er.
help-more = Fleire som kan hjelpe
help-chat = Chat
help-write = Skriv
help-email = E-post
help-speaks-se = Svarar på samisk.
a11y-link = Tilgjengeerklæring
a11y-title = Tilgjengeerklæring
a11y-lead = Ungstemme skal kunne brukast av alle barn og unge: på alle slags telefonar, med skjermlesar, med tastatur og med store bokstavar.
a11y-standard-heading = Kva vi følgjer
a11y-standard = Ungstemme er laga for å følgje WCAG 2.1 på nivå AA, slik forskrifta om universell utforming av IKT-løysingar krev.
a11y-tested-heading = Slik testar vi
a11y-tested = Kvar side blir testa automatisk med axe-core på alle fire språka, med og utan JavaScript, på ein skjerm like stor som ein mobil. Alle skjema er vanlege skjema som fungerer med tastatur og skjermlesar, også utan JavaScript. Vi testar òg at ingen side for unge må rullast sidelengs når skjermen er 320 pikslar brei eller teksten er 200 % stor, og vi svarar på ei heil undersøking berre med tastaturet.
a11y-limits-heading = Dette er ikkje godt nok enno
a11y-limit-read-aloud = Knappen «Les opp» brukar stemmene telefonen har. Mange telefonar har inga stemme for nordsamisk eller nynorsk; då blir ikkje knappen vist.
a11y-limit-languages = Teksten på nynorsk og nordsamisk er skriven av utviklarane og ikkje lesen over av nokon som har språket som morsmål.
a11y-limit-charts = Diagramma på sidene for organisasjonane og Innsatsgruppa må rullast sidelengs på smale skjermar. Tala står også i ein tabell under kvart diagram.
a11y-limit-offline = Utan nett kan du svare ferdig på ei undersøking du har byrja på, men ikkje byrje på ei ny.
a11y-feedback-heading = Sei frå
a11y-feedback = Verkar noko ikkje for deg? Sei frå til dei som inviterte deg til å svare, så sender dei det vidare til oss. Du kan også klage til Tilsynet for universell utforming av IKT (uutilsynet.no).
a11y-updated = Sist oppdatert 24. november 2026.

## The installed app
app-description = Sei kva du meiner: svar på spørsmål, del idear og røyst – anonymt, på mobilen.
