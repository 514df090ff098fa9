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
