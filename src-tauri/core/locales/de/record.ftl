# Das exportierte Protokoll der Datenschutzschritte (Markdown, HTML und CSV). Eine Person
# reicht es bei einer Datenschutzaufsichtsbehörde ein; es ist daher in sachlicher,
# förmlicher Sprache gehalten. Jede { $variable } bleibt unverändert.
# Anrede: förmlich (Sie); die Texte sind überwiegend unpersönliche Bezeichnungen.

# Datums- und Zeitformate (strftime: %d Tag, %m Monat, %Y Jahr, %H:%M Uhrzeit).
# Das Datum wird numerisch angegeben.
record-date-format = %d.%m.%Y
record-time-format = %H:%M
record-title = Protokoll der Datenschutzschritte
record-generated = Erstellt am { $when } mit { $app }.
record-times = Alle Zeitangaben in Ortszeit ({ $zone }).
record-integrity = Integrität: SHA-256 { $digest }.
record-verify-how = Zur Prüfung entfernen Sie das Element "digest" aus dem JSON-Export dieses Protokolls, schreiben den übrigen Inhalt im JSON Canonicalization Scheme (RFC 8785) und berechnen dessen SHA-256-Wert; dieser muss mit dem obigen Wert übereinstimmen. Der Befehl meta-optout verify führt dies für einen JSON-Export oder ein Paket durch.
record-account = Betroffenes Konto
record-account-none = nicht angegeben
record-region = Wohnsitz der Person
record-law = Anwendbares Recht
record-authority = Datenschutzaufsichtsbehörde
record-platforms = Apps
record-profile-created = Profil erstellt
record-summary = Übersicht: { $done } erledigt, { $skipped } übersprungen, { $waiting } wartend, { $todo } zu erledigen, { $overdue } überfällig.
record-follow-ups = Ausstehende Antworten
record-due = Fällig
record-what = Gegenstand
record-state = Stand
record-open = offen
record-overdue = überfällig
record-moved = verschoben vom { $date }: { $reason }
record-guide = { $title } (Anleitung geprüft am { $date })
record-step = Schritt
record-status = Status
record-changed = Geändert
record-details = Einzelheiten
record-status-todo = zu erledigen
record-status-done = erledigt
record-status-skipped = übersprungen
record-status-waiting = wartend
record-not-started = Nicht begonnen: { $steps }
record-reason = Grund: { $text }
record-until = bis { $date }
record-note = Anmerkung: { $text }
record-follow-up-due = Antwort fällig am { $date }
record-followed-version = Anleitung in der am { $date } geprüften Fassung befolgt
record-reply = Antwort von Meta: { $outcome }
record-reply-received = eingegangen am { $date }
record-reply-text = Wortlaut: { $text }
record-outcome-accepted = angenommen
record-outcome-refused = abgelehnt
record-outcome-asked-for-more = weitere Informationen angefordert
record-outcome-no-answer = keine Antwort
record-attachment = Datei { $name } ({ $size }, { $type }), SHA-256 { $sha256 }, angehängt am { $when }
record-attachment-missing = diese Datei fehlt im Datenordner
record-attachment-altered = diese Datei stimmt nicht mehr mit ihrem SHA-256-Wert überein
record-sources = Quellen
record-undated = undatiert
record-changed-since = Seit der Erledigung von Meta geändert
record-changed-since-item = { $step }: erledigt am { $done }; Meta hat es am { $date } geändert: { $what }
record-earlier = Schritte aus einer früheren Fassung der Anleitungen
record-history = Verlauf
record-when = Zeitpunkt
record-change = Änderung
record-change-profile = Profil { $name }: { $region }, { $platforms }
record-change-account = Konto { $account }
record-change-attach = { $name } angehängt (SHA-256 { $sha256 })
# CSV-Spaltenüberschriften, in dieser Reihenfolge.
record-col-profile = Profil
record-col-account = Konto
record-col-region = Region
record-col-law = Recht
record-col-guide = Anleitung
record-col-guide-title = Titel der Anleitung
record-col-instructions-checked = Anleitung geprüft
record-col-step = Schritt
record-col-step-title = Titel des Schritts
record-col-status = Status
record-col-changed = Geändert
record-col-reason = Grund
record-col-until = Bis
record-col-evidence = Nachweis
record-col-note = Anmerkung
record-col-follow-up-due = Antwort fällig
record-col-reply = Antwort von Meta
record-col-reply-received = Antwort eingegangen
record-col-attachments = Dateien (SHA-256)
