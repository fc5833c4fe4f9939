# Het geëxporteerde overzicht van privacystappen (Markdown, HTML en CSV). Iemand
# legt het voor aan een toezichthouder voor gegevensbescherming; het moet daarom in
# eenvoudige, formele taal zijn gesteld. Laat elke { $variable } ongewijzigd.
# Aanspreekvorm: formeel (u); deze teksten zijn grotendeels onpersoonlijke labels.

# Datum- en tijdnotaties (strftime: %d dag, %m maand, %Y jaar, %H:%M tijd).
# Datums worden numeriek weergegeven.
record-date-format = %d-%m-%Y
record-time-format = %H:%M
record-title = Overzicht van privacystappen
record-generated = Aangemaakt op { $when } door { $app }.
record-times = Tijden zijn vermeld in lokale tijd ({ $zone }).
record-integrity = Integriteit: SHA-256 { $digest }.
record-verify-how = Verwijder ter controle het element "digest" uit de JSON-export van dit overzicht, schrijf de rest uit volgens het JSON Canonicalization Scheme (RFC 8785) en bereken daarvan de SHA-256; deze moet gelijk zijn aan de bovenstaande waarde. De opdracht meta-optout verify doet dit voor een JSON-export of een bundel.
record-account = Betrokken account
record-account-none = niet opgegeven
record-region = Woonplaats van de betrokkene
record-law = Toepasselijke wetgeving
record-authority = Toezichthouder voor gegevensbescherming
record-platforms = Apps
record-profile-created = Profiel aangemaakt
record-summary = Samenvatting: { $done } uitgevoerd, { $skipped } overgeslagen, { $waiting } in afwachting, { $todo } te doen, { $overdue } verlopen.
record-follow-ups = Verwachte antwoorden
record-due = Uiterste datum
record-what = Onderwerp
record-state = Stand
record-open = open
record-overdue = verlopen
record-moved = verplaatst van { $date }: { $reason }
record-guide = { $title } (instructies gecontroleerd op { $date })
record-step = Stap
record-status = Status
record-changed = Gewijzigd
record-details = Bijzonderheden
record-status-todo = te doen
record-status-done = uitgevoerd
record-status-skipped = overgeslagen
record-status-waiting = in afwachting
record-not-started = Niet begonnen: { $steps }
record-reason = reden: { $text }
record-until = tot { $date }
record-note = opmerking: { $text }
record-follow-up-due = antwoord uiterlijk { $date }
record-followed-version = instructies gevolgd zoals gecontroleerd op { $date }
record-reply = Antwoord van Meta: { $outcome }
record-reply-received = ontvangen op { $date }
record-reply-text = tekst: { $text }
record-outcome-accepted = aanvaard
record-outcome-refused = geweigerd
record-outcome-asked-for-more = om meer informatie gevraagd
record-outcome-no-answer = geen antwoord
record-attachment = bestand { $name } ({ $size }, { $type }), SHA-256 { $sha256 }, bijgevoegd op { $when }
record-attachment-missing = dit bestand ontbreekt in de gegevensmap
record-attachment-altered = dit bestand komt niet meer overeen met de SHA-256 ervan
record-sources = Bronnen
record-undated = ongedateerd
record-changed-since = Door Meta gewijzigd nadat het gedaan was
record-changed-since-item = { $step }: gedaan op { $done }; Meta wijzigde het op { $date }: { $what }
record-earlier = Stappen uit een eerdere versie van de handleidingen
record-history = Geschiedenis
record-when = Tijdstip
record-change = Wijziging
record-change-profile = profiel { $name }: { $region }, { $platforms }
record-change-account = account { $account }
record-change-attach = { $name } bijgevoegd (SHA-256 { $sha256 })
# CSV-kolomkoppen, in deze volgorde.
record-col-profile = profiel
record-col-account = account
record-col-region = regio
record-col-law = wetgeving
record-col-guide = handleiding
record-col-guide-title = titel handleiding
record-col-instructions-checked = instructies gecontroleerd
record-col-step = stap
record-col-step-title = titel stap
record-col-status = status
record-col-changed = gewijzigd
record-col-reason = reden
record-col-until = tot
record-col-evidence = bewijs
record-col-note = opmerking
record-col-follow-up-due = antwoord uiterlijk
record-col-reply = antwoord van Meta
record-col-reply-received = antwoord ontvangen
record-col-attachments = bestanden (SHA-256)
