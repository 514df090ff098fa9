# Shared by every page. Northern Sámi (davvisámegiella); see locales/README.md for review notes.
app-name = Ungstemme
skip-to-content = Njuike sisdollui
lang-menu-label = Vállje giela
footer-anonymous = Ungstemme ii vurke du nama, du telefovnna iige du IP-čujuhusa.
back-to-start = Ovdasiidui
loading = Viežžamin …
not-found-title = Dát siidu ii gávdno
not-found-body = Dárkkis čujuhusa, dahje mana ovdasiidui ja čális koda maid leat ožžon.

# Errors. Say what happened and what to do, in plain words.
error-title = Juoga manai boasttu
error-generic = Juoga manai boasttu min bealde. Du vástádusat eai leat láhppon. Geahččal fas veaháš maŋŋelis.
error-offline = Mii eat ožžon oktavuođa bálvái. Dárkkis neahttaoktavuođa ja deaddil boalu fas.
error-refused-title = Dat ii lihkostuvvan
error-malformed = Skovvi ii boahtán nu go galggai. Mana ruovttoluotta ja geahččal fas.
error-unknown-question = Dát gažaldat ii gula iskkadussii.
error-unknown-option = Dat maid válljejit, ii leat okta vástádusmolssaeavttuin. Mana ruovttoluotta ja vállje ođđasit.
error-scale-range = Vállje logu 1 rájes 5 rádjai.
error-text-too-long = Teaksta lea menddo guhkki. Sáhtát čállit gitta 5000 mearkka.
error-title-too-long = Bajilčála lea menddo guhkki. Sáhtát čállit gitta 200 mearkka.
error-email-invalid = Dát ii oro leamen e-poastačujuhus.
error-password-short = Beassansátnis fertejit leat unnimusat 12 mearkka. Cealkka maid muittát, lea buorre beassansátni.
error-password-long = Beassansánis sáhttet leat eanemusat 256 mearkka.
error-name-missing = Čális nama.

## Help one tap away, and the accessibility statement
help-anytime-summary = Dárbbašatgo muhtuma geainna ságastit?
help-anytime-intro = Dás leat olbmot geaidda sáhtát riŋget dahje čállit. Dat lea nuvttá, itge dárbbaš muitalit gii don leat.
help-more = Eará geat sáhttet veahkehit
help-chat = Čátta
help-write = Čále
help-email = E-poasta
help-speaks-se = Vástida sámegillii.
a11y-link = Olámuttolašvuođa čilgehus
a11y-title = Olámuttolašvuođa čilgehus
a11y-lead = Buot mánát ja nuorat galget sáhttit geavahit Ungstemme: buotlágan telefuvnnain, šearbmalohkkiin, boallobevddiin ja stuorra bustávaiguin.
a11y-standard-heading = Maid mii čuovvut
a11y-standard = Ungstemme lea ráhkaduvvon čuovvut WCAG 2.1 AA-dási mielde, nugo IKT-čovdosiid universála hábmema láhkaásahus gáibida.
a11y-tested-heading = Nu mii geahččalit
a11y-tested = Juohke siidu geahččaluvvo automáhtalaččat axe-core:in buot njealji gillii, JavaScriptain ja dan haga, mobiilla sturrosaš šearpmas. Buot skovit leat dábálaš skovit mat doibmet boallobevddiin ja šearbmalohkkiin, maiddái JavaScripta haga. Mii maiddái geahččalit ahte buot siiddut nuoraide čájehuvvojit ollásit go šearbma lea 320 pikseala govdu dahje teaksta lea 200 % stuoris, ja mii vástidit olles iskkadusa dušše boallobevddiin.
a11y-limits-heading = Dát ii leat vel doarvái buorre
a11y-limit-read-aloud = Boallu «Loga jitnosit» geavaha jienaid mat telefovnnas leat. Ollu telefovnnain ii leat jietna davvisámegillii dahje ođđadárogillii; dalle boallu ii čájehuvvo.
a11y-limit-languages = Ođđadárogiel ja davvisámegiel teavsttaid leat ovdánahttit čállán, eaige daid leat lohkan olbmot geain lea giella eatnigiellan.
a11y-limit-charts = Organisašuvnnaid ja Innsatsgruppa siidduin diagrámmat eai čájehuvvo ollásit gapmaš šearpmain. Logut leat maiddái tabeallas juohke diagrámma vuolábealde.
a11y-limit-offline = Neahta haga sáhtát gearggahit iskkadusa maid leat álgán, muhto it sáhte álgit ođđa iskkadussii.
a11y-feedback-heading = Dieđit midjiide
a11y-feedback = Ii go juoga doaimma dutnje? Dieđit sidjiide geat bovde du vástidit, de sii sáddejit dan midjiide. Sáhtát maiddái váidit IKT universála hábmema bearráigeahččui (uutilsynet.no).
a11y-updated = Maŋimusat ođastuvvon skábmamánu 24. beaivvi 2026.

## The installed app
app-description = Dadjal maid don oaivvildat: vástit gažaldagaide, juoge jurdagiid ja jienas – namakeahttá, mobiillas.
