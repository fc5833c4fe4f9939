# The window's own words, in Dutch (nl). Same message ids as ../en/app.ftl.
# Flow texts are translated elsewhere (flows/translations); letters are in letters.ftl.

-app-name = Meta opt-out

## Top bar and landmarks

app-title = { -app-name }
app-tagline = Stap voor stap: maak bezwaar tegen AI-training, demp Meta AI, zet tracking uit en verwijder wat je kwijt wilt.
skip-to-content = Direct naar de hoofdinhoud
nav-dashboard = Overzicht
nav-settings = Instellingen
nav-about = Over
top-navigation =
    .aria-label = Hoofdmenu

## Notices and errors

notice-close = Sluiten
notice-label =
    .aria-label = Melding
error-details = Details: { $detail }
error-unknown-region = Dit land of deze staat staat niet in de lijst van de app. Kies het opnieuw uit de lijst.
error-unknown-platform = Een van de gekozen apps is onbekend in deze versie. Vink de apps opnieuw aan.
error-unknown-device = Dit apparaat is onbekend in deze versie. Kies een van de aangeboden apparaten.
error-flow-not-found = Dit stappenplan is niet meer van toepassing op jouw situatie of is verwijderd. Ga terug naar het overzicht.
error-link-refused = Voor je veiligheid is deze link niet geopend: hij staat niet op de lijst met eigen websites van Meta en van de toezichthouders.
error-open-failed = Je browser kon niet worden gestart. Kopieer het adres dat onder de knop staat en plak het in je browser.
error-progress = Je voortgang kon niet worden opgeslagen. Wat je hebt ingevuld, staat er nog: probeer het zo meteen opnieuw, of controleer of je schijf niet vol is.
error-progress-damaged = Je voortgangsbestand is beschadigd en is niet gewijzigd. Je kunt het beschadigde bestand apart bewaren en opnieuw beginnen; er wordt niets uit verwijderd.
error-no-data-dir = Er is geen map om je voortgang in te bewaren. Controleer of je thuismap bestaat en of je erin kunt schrijven.
error-export = Het dossier kon niet worden weggeschreven. Er is daar niets opgeslagen; kies een andere plek en probeer het opnieuw.
error-no-app = Deze pagina werkt alleen binnen de app { -app-name }.
error-other = Er is iets misgegaan. Probeer het opnieuw; blijft het gebeuren, start de app dan opnieuw.
recover-progress = Beschadigd bestand apart bewaren en opnieuw beginnen
recovered-progress = Het beschadigde bestand is bewaard als { $path }. Je voortgang begint opnieuw.
own-flows-skipped = Sommige van je eigen stappenplanbestanden zijn overgeslagen: { $problems }

## First run and profile editing

welcome-title = Welkom
welcome-intro = Vertel ons iets over je situatie. Daarvan hangt af welke rechten je hebt en welke stappen voor jou gelden. Je kunt alles later nog wijzigen.
welcome-privacy = Alles wat je invult, blijft op deze computer. De app maakt nooit uit zichzelf verbinding met internet.
profile-edit-title = „{ $name }” bewerken
profile-new-title = Nog een profiel toevoegen
profile-explain = Een profiel is één account (of de accounts van één persoon) die je apart bijhoudt, bijvoorbeeld die van jezelf en die van een familielid.
field-language = Taal van deze app
field-country = Waar je woont
field-country-choose = Kies je land…
field-platforms = Apps die je gebruikt
field-platforms-hint = Vink elke Meta-app aan waarbij je een account hebt.
field-device = Waar je de stappen gaat volgen
field-profile-name = Naam voor dit profiel
field-profile-name-hint = Alleen jij ziet deze naam, bijvoorbeeld „Mijn accounts” of „Instagram van Anna”.
field-profile-name-count = { $count } van { $max } tekens
field-profile-name-default = Mijn accounts
device-desktop = Computer (webbrowser)
device-ios = iPhone of iPad
device-android = Android-telefoon of -tablet
welcome-start = Beginnen
profile-save = Wijzigingen opslaan
profile-add = Profiel toevoegen
profile-cancel = Annuleren
profile-needs-country = Kies het land waar je woont.
profile-needs-platform = Vink minstens één app aan die je gebruikt.
profile-needs-name = Geef dit profiel een naam.
profile-name-too-long = Een profielnaam mag hoogstens { $max } tekens hebben; deze heeft er { $count }. Maak hem korter: er wordt niets voor je afgeknipt.
profile-form-errors = Verbeter het volgende:

## Dashboard

dashboard-title = Jouw overzicht
profile-switch = Profiel
profile-edit = Profiel bewerken
profile-add-another = Profiel toevoegen
follow-ups-title = Vraagt je aandacht
follow-up-reply-due-overdue = Meta had uiterlijk op { $due } moeten antwoorden op „{ $step }”. Als Meta niet naar behoren heeft geantwoord, kun je de zaak escaleren.
follow-up-reply-due-soon = { $days ->
        [0] Meta moet vandaag ({ $due }) antwoorden op „{ $step }”.
        [one] Meta moet morgen ({ $due }) antwoorden op „{ $step }”.
       *[other] Meta moet over { $days } dagen, op { $due }, antwoorden op „{ $step }”.
    }
follow-up-grace-ends = { $days ->
        [0] De bedenktijd voor de verwijdering eindigt vandaag ({ $due }). Log niet in totdat die voorbij is.
        [one] De bedenktijd voor de verwijdering eindigt morgen ({ $due }). Log tot die tijd niet in: inloggen annuleert de verwijdering.
       *[other] De bedenktijd voor de verwijdering eindigt over { $days } dagen, op { $due }. Log tot die tijd niet in: inloggen annuleert de verwijdering.
    }
follow-up-grace-ended = De bedenktijd voor de verwijdering is op { $due } geëindigd. Meta kan er daarna nog tot 90 dagen over doen om de gegevens te verwijderen.
follow-up-reminder-overdue = Herinnering voor „{ $step }”: die stond gepland op { $due }.
follow-up-reminder-soon = { $days ->
        [0] Herinnering voor „{ $step }”: vandaag ({ $due }).
        [one] Herinnering voor „{ $step }”: morgen ({ $due }).
       *[other] Herinnering voor „{ $step }”: over { $days } dagen, op { $due }.
    }
follow-up-escalate = Escaleren
follow-up-open = Stap openen
follow-up-move = Datum verzetten
follow-up-move-to = Nieuwe datum
follow-up-move-reason = Waarom hij verschuift (bijv. Meta schreef dat het twee maanden meer nodig heeft)
follow-up-move-save = Nieuwe datum opslaan
follow-up-moved = eerst op { $first }; verzet: { $reason }
follow-up-moved-said = De datum is verzet naar { $due }.
follow-ups-later = { $count ->
        [one] Later volgt nog één datum.
       *[other] Later volgen nog { $count } data.
    }
follow-ups-upcoming = Binnenkort
rights-title = Jouw rechten in { $region }
rights-objection = Je hebt het wettelijke recht om bezwaar te maken tegen het gebruik van je gegevens door Meta voor AI-training, en Meta moet daarop antwoorden.
rights-none = Hier bestaat geen wettelijk recht om bezwaar te maken tegen AI-training. Je kunt Meta AI wel dempen, tracking beperken, je posts privé houden en verwijderen wat je kwijt wilt.
field-subdivision-us = Amerikaanse staat
field-subdivision-us-none = Een andere staat of weet ik niet
field-subdivision-de = Deelstaat (Land)
field-subdivision-de-none = Weet ik niet of zeg ik liever niet
field-subdivision-other = Provincie of regio
field-subdivision-other-none = Weet ik niet of een andere
rights-law = De wet die geldt: { $law }
# The laws whose names the window words in each language; others keep the catalog's name.
law-name-gdpr = Algemene verordening gegevensbescherming van de EU (AVG)
law-name-uk-gdpr = UK GDPR en Data Protection Act 2018 (Verenigd Koninkrijk)
rights-can = Daarmee kun je Meta vragen om:
right-object = je gegevens niet meer voor eigen belangen te gebruiken, ook niet voor AI-training (recht van bezwaar)
right-delete = je persoonsgegevens te wissen
right-access = je te vertellen wat het over je bewaart en je een kopie te geven
right-correct = te verbeteren wat niet klopt
right-opt-out-targeted-ads = je gegevens niet meer voor gerichte advertenties te gebruiken
right-opt-out-sale = je gegevens niet meer te verkopen of te delen
right-opt-out-profiling = je niet meer te profileren
right-appeal = een weigering te heroverwegen (beroep bij Meta)
rights-from = Deze wet geeft je vanaf { $date } rechten tegenover Meta. Tot dan geeft ze er geen; vanaf die dag kun je Meta vragen om:
rights-reply = Meta moet binnen { $deadline } antwoorden.
rights-reply-extension = Meta moet binnen { $deadline } antwoorden; het mag er tot { $extension } langer over doen als het je op tijd zegt waarom.
rights-opt-out-within = Een bezwaar tegen verkoop of delen moet binnen { $deadline } ingaan.
rights-authority = Weigert Meta of antwoordt het niet, dan kun je een klacht indienen bij: { $authority }.
rights-appeal-first = Weigert Meta, ga dan eerst bij Meta in beroep; lukt dat niet, dien dan een klacht in bij: { $authority }.
rights-complain-first = Weigert Meta of antwoordt het niet, dien dan eerst een klacht in bij Meta en geef het tijd om te antwoorden; daarna kun je een klacht indienen bij: { $authority }.
rights-default-authority = Je hebt niet aangegeven waar in { $country } je woont, dus staat hier { $authority }, die toezicht houdt op het kantoor van Meta in { $country }. Kies je regio in je profiel om je tot je eigen toezichthouder te wenden.
rights-unclear = De bronnen maken niet duidelijk of deze wet voor Meta geldt: je kunt deze verzoeken toch doen, maar Meta kan zeggen dat de wet niet op Meta van toepassing is.
rights-unverified = We konden dit niet bevestigen met een gedateerde bron: zie het als een aanwijzing om na te gaan, niet als zeker.
deadline-months = { $count ->
        [one] één maand
       *[other] { $count } maanden
    }
deadline-days = { $count ->
        [one] één dag
       *[other] { $count } dagen
    }
deadline-business-days = { $count ->
        [one] één werkdag
       *[other] { $count } werkdagen
    }
flows-title = Wat je kunt doen
flows-empty = Voor deze keuze is niets van toepassing. Bewerk je profiel en vink de apps aan die je gebruikt.
flow-card-progress = { $done } van de { $total } stappen gedaan
# The person's apps a guide is about, e.g. "Facebook, Instagram".
flow-card-apps = Voor: { $apps }
flow-card-next = Volgende: { $step }
flow-card-finished = Alle stappen vastgelegd
flow-card-start = Beginnen
flow-card-continue = Doorgaan
flow-card-review = Bekijken
flow-card-checked = Gecontroleerd op { $date }
flow-stale-tag = Mogelijk verouderd
earlier-steps = { $count ->
        [one] Eén vastgelegde stap komt uit een eerdere versie van de stappenplannen of is niet meer van toepassing; hij blijft in je dossier bewaard.
       *[other] { $count } vastgelegde stappen komen uit een eerdere versie van de stappenplannen of zijn niet meer van toepassing; ze blijven in je dossier bewaard.
    }
platform-progress-title = Afgeronde stappen per app:
platform-progress = { $platform }: { $done } van { $total }
record-title = Je dossier
record-explain = Een overzicht van de stappen die je hebt afgerond, met data en bewijs, dat je kunt bewaren of aan een toezichthouder kunt geven.
record-format = Indeling
record-format-html = Afdrukbare pagina (HTML, af te drukken als pdf)
record-format-md = Markdown
record-format-csv = Spreadsheet (CSV)
record-format-json = JSON (kan opnieuw worden geïmporteerd)
record-format-ics = Data om te onthouden, voor je agenda (.ics)
record-export = Exporteren…
record-import = Dossier importeren…
record-exported = Je dossier van „{ $name }” is opgeslagen in { $path }.
record-imported = { $changes ->
        [one] { $file } geïmporteerd: één wijziging toegevoegd.
       *[other] { $file } geïmporteerd: { $changes } wijzigingen toegevoegd.
    }
record-imported-profiles = Nieuwe profielen: { $names }.
record-imported-conflicts = Waar de twee verschilden, is de nieuwste stand bewaard en staan beide geschiedenissen in je dossier: { $conflicts }.

## Settings

settings-title = Instellingen
settings-language = Taal van deze app
settings-language-system = Zelfde als het systeem ({ $name })
settings-meta-language = Taal van je Meta-apps
settings-meta-language-hint = Menunamen worden getoond zoals ze in je Facebook- of Instagram-app staan. Als je Meta-apps een andere taal gebruiken dan deze app, kies die taal dan hier.
settings-meta-language-same = Zelfde als deze app
settings-saved = Opgeslagen.
settings-done = Terug naar het overzicht

## About

about-title = Over { -app-name }
about-version = Versie { $version }
about-network = Deze app maakt nooit uit zichzelf verbinding met internet: geen telemetrie, geen controle op updates. Links worden geopend in je eigen browser, en alleen links naar de eigen websites van Meta en van de toezichthouders voor gegevensbescherming.
about-storage = Je voortgang wordt bewaard in één bestand op deze computer dat alleen jij kunt lezen. De stappenplannen bieden praktische informatie, geen juridisch advies.
about-license = Vrije software onder de GNU General Public License, versie 3 of later.

## Walkthrough

walk-back = Terug naar het overzicht
walk-steps = Stappen
walk-step-of = Stap { $n } van { $total }
walk-checked = Op { $date } gecontroleerd aan de hand van de bronnen
walk-stale = Dit stappenplan is voor het laatst gecontroleerd op { $date }, meer dan 180 dagen geleden. Meta kan zijn menu's sindsdien hebben verplaatst: als iets er anders uitziet, ga dan uit van wat je ziet en wees voorzichtig.
walk-caveats = Goed om te weten
walk-sources = Bronnen ({ $count })
walk-based-on = Gebaseerd op: { $sources }
confidence-high = Hoge betrouwbaarheid
confidence-medium = Gemiddelde betrouwbaarheid
confidence-low = Lage betrouwbaarheid
confidence-unverified = Niet geverifieerd
# A cited page that gives no date of its own.
source-undated = zonder datum
status-todo = Te doen
status-done = Gedaan
status-done-on = Gedaan op { $date }
status-skipped = Overgeslagen
status-skipped-on = Overgeslagen op { $date }: { $reason }
status-waiting = Wachten tot { $date }
walk-device = Toon de stappen voor
walk-menu-path = Waar je het vindt
menu-label-english = Engels: { $label }
menu-label-unconfirmed = niet bevestigd
menu-label-unconfirmed-hint = Deze vertaling van de menunaam van Meta is niet bevestigd door de eigen helppagina's van Meta; in je app kunnen andere woorden staan.
walk-instructions = Wat je moet doen
walk-open = Openen in browser
walk-open-authority = Website openen: { $name }
walk-open-hint = Opent { $host } in je browser.
walk-open-on-phone = Openen op je telefoon
# $label is the button's own words, e.g. "Open the Facebook objection form".
walk-open-on-computer = { $label } op deze computer
walk-qr-alt = QR-code van de link { $url }
walk-qr-explain = Scan hem met de camera van je telefoon: de pagina opent daar, in de app van Meta als je die hebt. Er wordt niets verstuurd; markeer de stap hier als gedaan als je klaar bent.
walk-opened = Geopend in je browser. Kom hier terug als je klaar bent.
walk-authority = Jouw toezichthouder: { $name }
walk-follow-up = Na deze stap: { $title } ({ $after } later).
period-months = { $count ->
        [one] één maand
       *[other] { $count } maanden
    }
period-days = { $count ->
        [one] één dag
       *[other] { $count } dagen
    }
period-both = { $months } en { $days }
walk-record = Wat je bij deze stap vastlegt
walk-evidence = Bewijs
walk-note = Notitie (optioneel)
walk-done = Gedaan
walk-done-next = Gedaan, volgende stap
walk-skip = Overslaan…
walk-skip-reason = Waarom sla je deze stap over?
walk-skip-confirm = Deze stap overslaan
walk-skip-needs-reason = Geef aan waarom je deze stap overslaat, bijvoorbeeld „Ik heb geen Instagram-account”.
walk-skip-cancel = Annuleren
walk-undo = Ongedaan maken
walk-save = Notitie en bewijs opslaan
walk-saved = Opgeslagen.
walk-previous = Vorige stap
walk-next = Volgende stap
walk-finish = Terug naar het overzicht
walk-no-profile = Voeg een profiel toe om je voortgang bij deze stappen vast te leggen.
walk-marked-done = Vastgelegd als gedaan.
walk-follow-up-created = Toegevoegd aan je overzicht voor { $due }: „{ $title }”.
walk-all-done = { $count ->
        [one] De stap van dit stappenplan is vastgelegd.
       *[other] Alle { $count } stappen van dit stappenplan zijn vastgelegd.
    }
walk-next-guide = Hierna in je overzicht: ‘{ $title }’.

## Letters

letter-title = Een brief die je kunt gebruiken
letter-objection-explain = Plak deze tekst in het bezwaarformulier van Meta. Voeg in je eigen woorden een zin over je situatie toe: een bezwaar is sterker met een reden die echt van jou is.
letter-complaint-explain = Plak deze tekst in het klachtformulier van je toezichthouder of stuur hem per post, met je geëxporteerde dossier als bijlage.
letter-in-language = In het { $language }
letter-english-copy = In het Engels (het Europese kantoor van Meta is gevestigd in Ierland)
letter-english-fallback = Er is nog geen tekst in het { $language }, dus deze brief is in het Engels. Ga na of je toezichthouder Engels accepteert.
letter-copy = Kopiëren
letter-copied = Gekopieerd.
letter-copy-failed = Kopiëren is mislukt. Selecteer de tekst en druk op Ctrl+C.
letter-edit-hint = Je kunt de tekst bewerken voordat je hem kopieert. Je wijzigingen worden niet opgeslagen.

# Evidence files, Meta's answer and the account concerned
field-profile-account = Account dat je bij Meta gebruikt (optioneel)
field-profile-account-hint = De gebruikersnaam of het e-mailadres dat je bij Meta gebruikt. Het staat in je verslag, zodat een toezichthouder weet over wiens gegevens het gaat. Het blijft op deze computer.
record-format-bundle = Pakket voor een toezichthouder (.zip: verslag, je bestanden, controlegetallen)
follow-up-answer = Meta antwoorden
outcome-accepted = Verzoek ingewilligd
outcome-refused = Geweigerd
outcome-asked-for-more = Om meer informatie gevraagd
outcome-no-answer = Geen antwoord
walk-attachments = Als bewijs bewaarde bestanden
walk-attach = Bestand toevoegen
walk-attach-hint = Een schermafbeelding van de bevestiging van Meta, de bevestigingsmail (.eml), een pdf of een tekstbestand, hoogstens 25 MB. Er wordt een kopie bij je voortgang bewaard die alleen jij kunt lezen; het origineel blijft waar het is.
walk-attached = { $name } is toegevoegd; er wordt een kopie bij je voortgang bewaard.
walk-attachment = { $name } ({ $size }), SHA-256 { $sha }…
walk-attachment-missing = Dit bestand ontbreekt in je gegevensmap.
walk-attachment-altered = Dit bestand is na het toevoegen gewijzigd: het klopt niet meer met zijn SHA-256.
walk-reply = Antwoord van Meta
walk-reply-outcome = Wat heeft Meta geantwoord?
walk-reply-received = Ontvangen op
walk-reply-text = De tekst van het antwoord (plak die hier)
walk-reply-save = Antwoord opslaan
walk-reply-saved = Het antwoord van Meta is vastgelegd.
walk-reply-next-escalate = Het overzicht biedt nu de klacht bij je toezichthouder voor gegevensbescherming aan.
walk-reply-next-answer = Het overzicht biedt deze stap opnieuw aan, om Meta te antwoorden.
walk-reply-current = Vastgelegd: { $outcome }, ontvangen op { $date }.
walk-reply-current-undated = Vastgelegd: { $outcome }.
follow-up-answered-refused = Meta heeft “{ $step }” geweigerd. Je kunt nu een klacht indienen bij je toezichthouder voor gegevensbescherming.
follow-up-answered-no-answer = Meta heeft niet geantwoord op “{ $step }”. Je kunt nu een klacht indienen bij je toezichthouder voor gegevensbescherming.
follow-up-answered-asked-for-more = Meta heeft om meer informatie gevraagd over “{ $step }”. Antwoord via de stap.
follow-up-answered-accepted = Meta heeft “{ $step }” ingewilligd.
letter-keep = Bewaren zoals verzonden
letter-keep-hint = Als je een brief verstuurt, bewaar hem hier zoals je hem verstuurde: hij wordt aan deze stap toegevoegd, en je verslag en het pakket voor een toezichthouder bevatten hem.
letter-kept = De brief is bewaard als { $name }, toegevoegd aan deze stap.

# Guide packs, what Meta changed, and a step that does not match
settings-guides = Handleidingen
guides-builtin = In gebruik: de handleidingen die in de app zitten, gecontroleerd tot { $date }.
guides-pack = In gebruik: handleidingpakket { $version } van { $date }, ondertekend door { $signer }.
guides-signer-project = het project meta-optout (sleutel { $id })
guides-signer-added = “{ $name }” (sleutel { $id }), een sleutel die je hebt toegevoegd
guides-superseded = Het handleidingpakket { $version } dat je installeerde is ouder dan de handleidingen in deze versie van de app, dus worden die gebruikt.
guides-update = Handleidingen bijwerken uit een bestand…
guides-update-hint = Een handleidingpakket is één bestand met verbeterde handleidingen. De app controleert de handtekening en installeert het alleen als het nieuwer is en elke controle doorstaat; de app gaat nooit online. Een handtekening bewijst wie het pakket maakte en dat niemand het sindsdien veranderde, niet dat de instructies kloppen.
guides-rollback = Terug naar de vorige handleidingen
guides-updated = De handleidingen zijn bijgewerkt naar pakket { $version } van { $date }.
guides-updated-changes = Het noemt { $count ->
    [one] één wijziging
   *[other] { $count } wijzigingen
} in de apps van Meta; het overzicht toont de stappen die je opnieuw moet doen of moet controleren.
guides-rolled-back = De vorige handleidingen zijn weer in gebruik.
changed-title = Meta heeft dit gewijzigd nadat je het deed
changed-redo = { $step }: gedaan op { $done }; Meta wijzigde het op { $date }: { $what } Doe het opnieuw.
changed-check = { $step }: gedaan op { $done }; Meta wijzigde het op { $date }: { $what } Controleer of het nog klopt.
changed-open = Stap openen
mismatch-open = Deze stap klopt niet met wat ik zie
mismatch-expected = Wat de stap zegt
mismatch-saw = Wat je in plaats daarvan ziet
mismatch-more = Nog iets (optioneel)
mismatch-report = Melding om te kopiëren en naar de beheerders te sturen
mismatch-hint = De app verstuurt niets: kopieer deze tekst en stuur hem zelf, bijvoorbeeld per e-mail of via de issuetracker van het project. Er staan geen persoonlijke gegevens in, tenzij je die typt.
mismatch-copy = Melding kopiëren
walk-done-again = Opnieuw gedaan
