# The window's own words, in German (formal "Sie").
# Same message ids as ../en/app.ftl. Flow texts are translated elsewhere
# (flows/translations); letters are in letters.ftl.

-app-name = Meta opt-out

## Top bar and landmarks

app-title = { -app-name }
app-tagline = Schritt für Schritt: dem KI-Training widersprechen, Meta AI stummschalten, Tracking unterbinden und löschen, was verschwinden soll.
skip-to-content = Zum Hauptinhalt springen
nav-dashboard = Übersicht
nav-settings = Einstellungen
nav-about = Über die App
top-navigation =
    .aria-label = Hauptnavigation

## Notices and errors

notice-close = Schließen
notice-label =
    .aria-label = Meldung
error-details = Details: { $detail }
error-unknown-region = Dieses Land bzw. dieser Bundesstaat ist nicht in der Liste der App enthalten. Wählen Sie Ihren Wohnort erneut aus der Liste aus.
error-unknown-platform = Eine der gewählten Apps ist dieser Version nicht bekannt. Kreuzen Sie die Apps erneut an.
error-unknown-device = Dieses Gerät ist dieser Version nicht bekannt. Wählen Sie eines der angebotenen Geräte aus.
error-flow-not-found = Diese Anleitung passt nicht mehr zu Ihrer Situation oder wurde entfernt. Kehren Sie zur Übersicht zurück.
error-link-refused = Zu Ihrer Sicherheit wurde dieser Link nicht geöffnet: Er steht nicht auf der Liste der eigenen Websites von Meta und der Behörden.
error-open-failed = Ihr Browser konnte nicht gestartet werden. Kopieren Sie die Adresse, die unter der Schaltfläche angezeigt wird, und fügen Sie sie in Ihren Browser ein.
error-progress = Ihr Fortschritt konnte nicht gespeichert werden. Ihre Eingaben sind noch vorhanden: Versuchen Sie es gleich noch einmal, oder prüfen Sie, ob Ihr Datenträger voll ist.
error-progress-damaged = Ihre Fortschrittsdatei ist beschädigt und wurde nicht verändert. Sie können die beschädigte Datei beiseitelegen und neu beginnen; nichts darin wird gelöscht.
error-no-data-dir = Es gibt keinen Ordner, in dem Ihr Fortschritt gespeichert werden kann. Prüfen Sie, ob Ihr Benutzerordner vorhanden und beschreibbar ist.
error-export = Das Protokoll konnte nicht geschrieben werden. Dort wurde nichts gespeichert; wählen Sie einen anderen Speicherort und versuchen Sie es erneut.
error-no-app = Diese Seite funktioniert nur innerhalb der App { -app-name }.
error-other = Etwas ist schiefgegangen. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, starten Sie die App neu.
recover-progress = Beschädigte Datei beiseitelegen und neu beginnen
recovered-progress = Die beschädigte Datei wurde als { $path } aufbewahrt. Ihr Fortschritt beginnt von vorn.
own-flows-skipped = Einige Ihrer eigenen Anleitungsdateien wurden übersprungen: { $problems }

## First run and profile editing

welcome-title = Willkommen
welcome-intro = Erzählen Sie uns ein wenig über Ihre Situation. Davon hängt ab, welche Rechte Sie haben und welche Schritte für Sie gelten. Sie können alle Angaben später ändern.
welcome-privacy = Alles, was Sie eingeben, bleibt auf diesem Computer. Die App verbindet sich nie von selbst mit dem Internet.
profile-edit-title = „{ $name }“ bearbeiten
profile-new-title = Weiteres Profil hinzufügen
profile-explain = Ein Profil steht für ein Konto (oder die Konten einer Person), das Sie getrennt verfolgen, zum Beispiel Ihr eigenes und das eines Familienmitglieds.
field-language = Sprache dieser App
field-country = Wo Sie wohnen
field-country-choose = Wählen Sie Ihr Land …
field-platforms = Apps, die Sie nutzen
field-platforms-hint = Kreuzen Sie jede Meta-App an, bei der Sie ein Konto haben.
field-device = Wo Sie die Schritte ausführen werden
field-profile-name = Name für dieses Profil
field-profile-name-hint = Nur Sie sehen ihn, z. B. „Meine Konten“ oder „Annas Instagram“.
field-profile-name-count = { $count } von { $max } Zeichen
field-profile-name-default = Meine Konten
device-desktop = Computer (Webbrowser)
device-ios = iPhone oder iPad
device-android = Android-Smartphone oder -Tablet
welcome-start = Starten
profile-save = Änderungen speichern
profile-add = Profil hinzufügen
profile-cancel = Abbrechen
profile-needs-country = Wählen Sie das Land aus, in dem Sie wohnen.
profile-needs-platform = Kreuzen Sie mindestens eine App an, die Sie nutzen.
profile-needs-name = Geben Sie diesem Profil einen Namen.
profile-name-too-long = Ein Profilname darf höchstens { $max } Zeichen haben; dieser hat { $count }. Kürzen Sie ihn: Es wird nichts für Sie abgeschnitten.
profile-form-errors = Bitte korrigieren Sie Folgendes:

## Dashboard

dashboard-title = Ihre Übersicht
profile-switch = Profil
profile-edit = Profil bearbeiten
profile-add-another = Profil hinzufügen
follow-ups-title = Erfordert Ihre Aufmerksamkeit
follow-up-reply-due-overdue = Metas Antwort auf „{ $step }“ war am { $due } fällig. Wenn Meta nicht angemessen geantwortet hat, können Sie sich bei einer Behörde beschweren.
follow-up-reply-due-soon = { $days ->
        [0] Metas Antwort auf „{ $step }“ ist heute fällig ({ $due }).
        [one] Metas Antwort auf „{ $step }“ ist morgen fällig ({ $due }).
       *[other] Metas Antwort auf „{ $step }“ ist in { $days } Tagen fällig, am { $due }.
    }
follow-up-grace-ends = { $days ->
        [0] Die Bedenkzeit für die Löschung endet heute ({ $due }). Melden Sie sich nicht an, bevor sie abgelaufen ist.
        [one] Die Bedenkzeit für die Löschung endet morgen ({ $due }). Melden Sie sich bis dahin nicht an: Eine Anmeldung bricht die Löschung ab.
       *[other] Die Bedenkzeit für die Löschung endet in { $days } Tagen, am { $due }. Melden Sie sich bis dahin nicht an: Eine Anmeldung bricht die Löschung ab.
    }
follow-up-grace-ended = Die Bedenkzeit für die Löschung ist am { $due } abgelaufen. Meta kann noch bis zu 90 weitere Tage brauchen, um die Daten zu entfernen.
follow-up-reminder-overdue = Erinnerung zu „{ $step }“: Dies war am { $due } fällig.
follow-up-reminder-soon = { $days ->
        [0] Erinnerung zu „{ $step }“: heute ({ $due }).
        [one] Erinnerung zu „{ $step }“: morgen ({ $due }).
       *[other] Erinnerung zu „{ $step }“: in { $days } Tagen, am { $due }.
    }
follow-up-escalate = Beschwerde einlegen
follow-up-open = Schritt öffnen
follow-up-move = Termin verschieben
follow-up-move-to = Neuer Termin
follow-up-move-reason = Warum er sich verschiebt (z. B. Meta schrieb, es brauche zwei Monate mehr)
follow-up-move-save = Neuen Termin speichern
follow-up-moved = zuerst am { $first }; verschoben: { $reason }
follow-up-moved-said = Der Termin ist auf den { $due } verschoben.
follow-ups-later = { $count ->
        [one] Ein weiterer Termin steht später an.
       *[other] { $count } weitere Termine stehen später an.
    }
follow-ups-upcoming = Demnächst
# $region is a bare country or state name ("Schweiz"), so no "in" before it.
rights-title = Ihre Rechte: { $region }
rights-objection = Sie haben das gesetzliche Recht, der Verwendung Ihrer Daten für das KI-Training durch Meta zu widersprechen, und Meta muss Ihnen antworten.
rights-none = Hier gibt es kein gesetzliches Recht, dem KI-Training zu widersprechen. Sie können Meta AI trotzdem stummschalten, das Tracking einschränken, Beiträge privat halten und löschen, was verschwinden soll.
field-subdivision-us = US-Bundesstaat
field-subdivision-us-none = Anderer Bundesstaat oder nicht sicher
field-subdivision-de = Bundesland
field-subdivision-de-none = Nicht sicher oder keine Angabe
field-subdivision-other = Provinz oder Region
field-subdivision-other-none = Nicht sicher oder eine andere
rights-law = Es gilt: { $law }
# The laws whose names the window words in each language; others keep the catalog's name.
law-name-gdpr = Datenschutz-Grundverordnung der EU (DSGVO)
law-name-uk-gdpr = UK GDPR und Data Protection Act 2018 (Vereinigtes Königreich)
rights-can = Danach können Sie von Meta verlangen:
right-object = Ihre Daten nicht mehr für eigene Interessen zu nutzen, auch nicht für das KI-Training (Widerspruchsrecht)
right-delete = Ihre personenbezogenen Daten zu löschen
right-access = Ihnen mitzuteilen, was es über Sie speichert, und Ihnen eine Kopie zu geben
right-correct = Falsches zu berichtigen
right-opt-out-targeted-ads = Ihre Daten nicht mehr für gezielte Werbung zu nutzen
right-opt-out-sale = Ihre Daten nicht mehr zu verkaufen oder weiterzugeben
right-opt-out-profiling = kein Profiling mehr mit Ihren Daten zu betreiben
right-appeal = eine Ablehnung noch einmal zu prüfen (Einspruch bei Meta)
rights-from = Dieses Gesetz gibt Ihnen ab dem { $date } Rechte gegenüber Meta. Bis dahin gibt es keine; ab diesem Tag können Sie von Meta verlangen:
rights-reply = Meta muss innerhalb von { $deadline } antworten.
rights-reply-extension = Meta muss innerhalb von { $deadline } antworten; es darf sich bis zu { $extension } mehr Zeit nehmen, wenn es Ihnen rechtzeitig sagt, warum.
rights-opt-out-within = Ein Widerspruch gegen Verkauf oder Weitergabe muss innerhalb von { $deadline } wirken.
rights-authority = Lehnt Meta ab oder antwortet es nicht, können Sie sich beschweren bei: { $authority }.
rights-appeal-first = Lehnt Meta ab, legen Sie zuerst bei Meta Einspruch ein; bleibt der erfolglos, beschweren Sie sich bei: { $authority }.
rights-complain-first = Lehnt Meta ab oder antwortet es nicht, beschweren Sie sich zuerst bei Meta und geben Sie ihm Zeit für eine Antwort; danach können Sie sich beschweren bei: { $authority }.
rights-default-authority = Sie haben nicht angegeben, wo in { $country } Sie wohnen; deshalb steht hier { $authority }, die Aufsicht über Metas Niederlassung in { $country }. Wählen Sie in Ihrem Profil Ihr Bundesland, um sich an Ihre eigene Behörde zu wenden.
rights-unclear = Die Quellen klären nicht, ob dieses Gesetz für Meta gilt: Sie können die Anfragen trotzdem stellen, aber Meta kann sich darauf berufen, dass es nicht gilt.
rights-unverified = Wir konnten das nicht anhand einer datierten Quelle bestätigen: Nehmen Sie es als Hinweis zum Nachprüfen, nicht als sicher.
deadline-months = { $count ->
        [one] einem Monat
       *[other] { $count } Monaten
    }
deadline-days = { $count ->
        [one] einem Tag
       *[other] { $count } Tagen
    }
deadline-business-days = { $count ->
        [one] einem Werktag
       *[other] { $count } Werktagen
    }
flows-title = Was Sie tun können
flows-empty = Für diese Auswahl gibt es nichts zu tun. Bearbeiten Sie Ihr Profil und kreuzen Sie die Apps an, die Sie nutzen.
flow-card-progress = { $done } von { $total } Schritten erledigt
# The person's apps a guide is about, e.g. "Facebook, Instagram".
flow-card-apps = Für: { $apps }
flow-card-next = Als Nächstes: { $step }
flow-card-finished = Alle Schritte erfasst
flow-card-start = Starten
flow-card-continue = Fortsetzen
flow-card-review = Ansehen
flow-card-checked = Geprüft am { $date }
flow-stale-tag = Möglicherweise veraltet
earlier-steps = { $count ->
        [one] Ein erfasster Schritt stammt aus einer früheren Version der Anleitungen oder gilt nicht mehr; er bleibt in Ihrem Protokoll erhalten.
       *[other] { $count } erfasste Schritte stammen aus einer früheren Version der Anleitungen oder gelten nicht mehr; sie bleiben in Ihrem Protokoll erhalten.
    }
platform-progress-title = Erledigte Schritte je App:
platform-progress = { $platform }: { $done } von { $total }
record-title = Ihr Protokoll
record-explain = Ein Protokoll der Schritte, die Sie erledigt haben, mit Datumsangaben und Nachweisen, das Sie aufbewahren oder einer Datenschutzbehörde vorlegen können.
record-format = Format
record-format-html = Druckbare Seite (HTML, als PDF drucken)
record-format-md = Markdown
record-format-csv = Tabelle (CSV)
record-format-json = JSON (kann wieder importiert werden)
record-format-ics = Termine für Ihren Kalender (.ics)
record-export = Exportieren …
record-import = Protokoll importieren …
record-exported = Ihr Protokoll zu „{ $name }“ wurde unter { $path } gespeichert.
record-imported = { $changes ->
        [one] { $file } importiert: eine Änderung hinzugefügt.
       *[other] { $file } importiert: { $changes } Änderungen hinzugefügt.
    }
record-imported-profiles = Neue Profile: { $names }.
record-imported-conflicts = Wo sich die beiden unterschieden, wurde der neuere Stand übernommen, und beide Verläufe sind in Ihrem Protokoll enthalten: { $conflicts }.

## Settings

settings-title = Einstellungen
settings-language = Sprache dieser App
settings-language-system = Wie das System ({ $name })
settings-meta-language = Sprache Ihrer Meta-Apps
settings-meta-language-hint = Menünamen werden so angezeigt, wie sie in Ihrer Facebook- oder Instagram-App erscheinen. Wenn Ihre Meta-Apps eine andere Sprache verwenden als diese App, wählen Sie sie hier aus.
settings-meta-language-same = Wie diese App
settings-saved = Gespeichert.
settings-done = Zurück zur Übersicht

## About

about-title = Über { -app-name }
about-version = Version { $version }
about-network = Diese App verbindet sich nie von selbst mit dem Internet: keine Telemetrie, keine Suche nach Updates. Links werden in Ihrem eigenen Browser geöffnet, und zwar nur Links zu den eigenen Websites von Meta und der Datenschutzbehörden.
about-storage = Ihr Fortschritt wird in einer einzigen Datei auf diesem Computer gespeichert, die nur Sie lesen können. Die Anleitungen sind praktische Informationen, keine Rechtsberatung.
about-license = Freie Software unter der GNU General Public License, Version 3 oder später.

## Walkthrough

walk-back = Zurück zur Übersicht
walk-steps = Schritte
walk-step-of = Schritt { $n } von { $total }
walk-checked = Am { $date } anhand der Quellen geprüft
walk-stale = Diese Anleitung wurde zuletzt am { $date } geprüft, also vor mehr als 180 Tagen. Meta hat seine Menüs seitdem möglicherweise geändert: Wenn etwas anders aussieht, verlassen Sie sich auf das, was Sie sehen, und gehen Sie umsichtig vor.
walk-caveats = Gut zu wissen
walk-sources = Quellen ({ $count })
walk-based-on = Grundlage: { $sources }
confidence-high = Hohe Zuverlässigkeit
confidence-medium = Mittlere Zuverlässigkeit
confidence-low = Geringe Zuverlässigkeit
confidence-unverified = Nicht überprüft
# A cited page that gives no date of its own.
source-undated = ohne Datum
status-todo = Offen
status-done = Erledigt
status-done-on = Erledigt am { $date }
status-skipped = Übersprungen
status-skipped-on = Übersprungen am { $date }: { $reason }
status-waiting = Wartet bis zum { $date }
walk-device = Schritte anzeigen für
walk-menu-path = Wo Sie es finden
menu-label-english = Englisch: { $label }
menu-label-unconfirmed = nicht bestätigt
menu-label-unconfirmed-hint = Diese Übersetzung von Metas Menünamen ist nicht durch Metas eigene Hilfeseiten bestätigt; Ihre App verwendet möglicherweise andere Begriffe.
walk-instructions = So gehen Sie vor
walk-open = Im Browser öffnen
walk-open-authority = Website öffnen: { $name }
walk-open-hint = Öffnet { $host } in Ihrem Browser.
walk-open-on-phone = Auf dem Handy öffnen
# $label is the button's own words, e.g. "Open the Facebook objection form".
walk-open-on-computer = Auf diesem Computer: { $label }
walk-qr-alt = QR-Code des Links { $url }
walk-qr-explain = Scannen Sie ihn mit der Kamera Ihres Handys: Die Seite öffnet sich dort, in Metas App, wenn Sie sie haben. Es wird nichts gesendet; markieren Sie den Schritt hier als erledigt, wenn Sie fertig sind.
walk-opened = In Ihrem Browser geöffnet. Kehren Sie hierher zurück, wenn Sie fertig sind.
walk-authority = Ihre Behörde: { $name }
# $after is a period-* value, in the accusative ("einen Monat später").
walk-follow-up = Nach diesem Schritt: { $title } ({ $after } später).
period-months = { $count ->
        [one] einen Monat
       *[other] { $count } Monate
    }
period-days = { $count ->
        [one] einen Tag
       *[other] { $count } Tage
    }
period-both = { $months } und { $days }
walk-record = Ihr Protokoll zu diesem Schritt
walk-evidence = Nachweise
walk-note = Notiz (optional)
walk-done = Erledigt
walk-done-next = Erledigt, nächster Schritt
walk-skip = Überspringen …
walk-skip-reason = Warum überspringen Sie diesen Schritt?
walk-skip-confirm = Diesen Schritt überspringen
walk-skip-needs-reason = Geben Sie an, warum Sie diesen Schritt überspringen, zum Beispiel „Ich habe kein Instagram-Konto“.
walk-skip-cancel = Abbrechen
walk-undo = Rückgängig machen
walk-save = Notiz und Nachweise speichern
walk-saved = Gespeichert.
walk-previous = Vorheriger Schritt
walk-next = Nächster Schritt
walk-finish = Zurück zur Übersicht
walk-no-profile = Fügen Sie ein Profil hinzu, um Ihren Fortschritt bei diesen Schritten festzuhalten.
walk-marked-done = Als erledigt erfasst.
walk-follow-up-created = Für den { $due } in Ihre Übersicht aufgenommen: „{ $title }“.
walk-all-done = { $count ->
        [one] Der Schritt dieser Anleitung ist erfasst.
       *[other] Alle { $count } Schritte dieser Anleitung sind erfasst.
    }
walk-next-guide = Als Nächstes in Ihrer Übersicht: „{ $title }“.

## Letters

letter-title = Ein Schreiben, das Sie verwenden können
letter-objection-explain = Fügen Sie diesen Text in Metas Widerspruchsformular ein. Ergänzen Sie in Ihren eigenen Worten einen Satz zu Ihrer Situation: Ein Widerspruch hat mehr Gewicht, wenn er eine persönliche Begründung enthält.
letter-complaint-explain = Fügen Sie diesen Text in das Beschwerdeformular Ihrer Behörde ein oder senden Sie ihn per Post, jeweils mit Ihrem exportierten Protokoll als Anlage.
letter-in-language = Auf { $language }
letter-english-copy = Auf Englisch (Metas europäischer Sitz ist in Irland)
letter-english-fallback = Auf { $language } gibt es diesen Text noch nicht, deshalb ist dieses Schreiben auf Englisch. Prüfen Sie, ob Ihre Behörde Schreiben auf Englisch annimmt.
letter-copy = Kopieren
letter-copied = Kopiert.
letter-copy-failed = Kopieren nicht möglich. Markieren Sie den Text und drücken Sie Strg+C.
letter-edit-hint = Sie können den Text vor dem Kopieren bearbeiten. Ihre Änderungen werden nicht gespeichert.

# Evidence files, Meta's answer and the account concerned
field-profile-account = Konto bei Meta (freiwillig)
field-profile-account-hint = Der Benutzername oder die E-Mail-Adresse, die Sie bei Meta verwenden. Sie erscheint in Ihrem Protokoll, damit eine Behörde weiß, um wessen Daten es geht. Sie bleibt auf diesem Computer.
record-format-bundle = Paket für eine Behörde (.zip: Protokoll, Ihre Dateien, Prüfsummen)
follow-up-answer = Meta antworten
outcome-accepted = Antrag angenommen
outcome-refused = Abgelehnt
outcome-asked-for-more = Weitere Angaben verlangt
outcome-no-answer = Keine Antwort
walk-attachments = Als Nachweis aufbewahrte Dateien
walk-attach = Datei anhängen
walk-attach-hint = Ein Bildschirmfoto der Bestätigung von Meta, die Bestätigungs-E-Mail (.eml), ein PDF oder eine Textdatei, höchstens 25 MB. Eine Kopie wird mit Ihrem Fortschritt aufbewahrt, nur für Sie lesbar; das Original bleibt, wo es ist.
walk-attached = { $name } ist angehängt; eine Kopie wird mit Ihrem Fortschritt aufbewahrt.
walk-attachment = { $name } ({ $size }), SHA-256 { $sha }…
walk-attachment-missing = Diese Datei fehlt in Ihrem Datenordner.
walk-attachment-altered = Diese Datei wurde nach dem Anhängen verändert: Sie passt nicht mehr zu ihrer SHA-256.
walk-reply = Antwort von Meta
walk-reply-outcome = Was hat Meta geantwortet?
walk-reply-received = Eingegangen am
walk-reply-text = Text der Antwort (hier einfügen)
walk-reply-save = Antwort speichern
walk-reply-saved = Die Antwort von Meta ist festgehalten.
walk-reply-next-escalate = Die Übersicht bietet jetzt die Beschwerde bei Ihrer Datenschutzaufsichtsbehörde an.
walk-reply-next-answer = Die Übersicht bietet diesen Schritt jetzt erneut an, um Meta zu antworten.
walk-reply-current = Festgehalten: { $outcome }, eingegangen am { $date }.
walk-reply-current-undated = Festgehalten: { $outcome }.
follow-up-answered-refused = Meta hat „{ $step }“ abgelehnt. Sie können sich jetzt bei Ihrer Datenschutzaufsichtsbehörde beschweren.
follow-up-answered-no-answer = Meta hat auf „{ $step }“ nicht geantwortet. Sie können sich jetzt bei Ihrer Datenschutzaufsichtsbehörde beschweren.
follow-up-answered-asked-for-more = Meta hat zu „{ $step }“ weitere Angaben verlangt. Antworten Sie über den Schritt.
follow-up-answered-accepted = Meta hat „{ $step }“ angenommen.
letter-keep = Als gesendet aufbewahren
letter-keep-hint = Wenn Sie einen Brief senden, bewahren Sie ihn hier so auf, wie Sie ihn gesendet haben: Er wird diesem Schritt angehängt, und Ihr Protokoll und das Paket für eine Behörde enthalten ihn.
letter-kept = Der Brief ist als { $name } aufbewahrt und diesem Schritt angehängt.

# Guide packs, what Meta changed, and a step that does not match
settings-guides = Anleitungen
guides-builtin = In Gebrauch: die in die App eingebauten Anleitungen, geprüft bis { $date }.
guides-pack = In Gebrauch: Anleitungspaket { $version } vom { $date }, signiert von { $signer }.
guides-signer-project = dem Projekt meta-optout (Schlüssel { $id })
guides-signer-added = „{ $name }“ (Schlüssel { $id }), einem von Ihnen hinzugefügten Schlüssel
guides-superseded = Das installierte Anleitungspaket { $version } ist älter als die in diese App-Version eingebauten Anleitungen; daher werden die eingebauten verwendet.
guides-update = Anleitungen aus einer Datei aktualisieren…
guides-update-hint = Ein Anleitungspaket ist eine Datei mit korrigierten Anleitungen. Die App prüft seine Signatur und installiert es nur, wenn es neuer ist und jede Prüfung besteht; sie geht nie online. Eine Signatur beweist, wer das Paket erstellt hat und dass es seitdem niemand verändert hat, nicht aber, dass seine Anleitungen stimmen.
guides-rollback = Zu den vorherigen Anleitungen zurückkehren
guides-updated = Die Anleitungen sind auf Paket { $version } vom { $date } aktualisiert.
guides-updated-changes = Es nennt { $count ->
    [one] eine Änderung
   *[other] { $count } Änderungen
} in den Apps von Meta; die Übersicht zeigt die Schritte, die Sie erneut erledigen oder prüfen sollten.
guides-rolled-back = Die vorherigen Anleitungen sind wieder in Gebrauch.
changed-title = Meta hat dies geändert, seit Sie es erledigt haben
changed-redo = { $step }: erledigt am { $done }; Meta hat es am { $date } geändert: { $what } Bitte erneut erledigen.
changed-check = { $step }: erledigt am { $done }; Meta hat es am { $date } geändert: { $what } Prüfen Sie, ob es noch gilt.
changed-open = Schritt öffnen
mismatch-open = Dieser Schritt passt nicht zu dem, was ich sehe
mismatch-expected = Was der Schritt sagt
mismatch-saw = Was Sie stattdessen sehen
mismatch-more = Sonstiges (freiwillig)
mismatch-report = Bericht zum Kopieren und Senden an die Betreuer
mismatch-hint = Die App sendet nichts: Kopieren Sie diesen Text und senden Sie ihn selbst, etwa per E-Mail oder im Issue-Tracker des Projekts. Er enthält keine persönlichen Angaben, es sei denn, Sie tippen sie ein.
mismatch-copy = Bericht kopieren
walk-done-again = Erneut erledigt
